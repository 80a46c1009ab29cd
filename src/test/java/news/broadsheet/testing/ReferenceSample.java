package news.broadsheet.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The newsroom's reference story, read from the shared samples folder beside the project. The
 * project never carries a copy. Under CI its absence is a failure, elsewhere a loud skip.
 */
public final class ReferenceSample {

  public static final String FILE_NAME = "000_036f8f468a4134fb.txt";

  private ReferenceSample() {}

  public static Path folder() {
    Path folder = Path.of(System.getProperty("broadsheet.samples", "../shared/samples"));
    boolean present = Files.isRegularFile(folder.resolve(FILE_NAME));
    if (!present && System.getenv("CI") != null) {
      throw new AssertionError("CI is set but the reference sample is missing: " + folder.toAbsolutePath());
    }
    if (!present) {
      System.err.println("SKIPPED: reference sample not found at " + folder.toAbsolutePath());
    }
    assumeTrue(present, "reference sample not found at " + folder.toAbsolutePath());
    return folder;
  }

  public static Path file() {
    return folder().resolve(FILE_NAME);
  }
}
