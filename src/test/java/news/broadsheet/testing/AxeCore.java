package news.broadsheet.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The axe-core accessibility engine, fetched once from the npm registry into {@code target/} at a
 * pinned version (npm checks the registry's integrity hash), so the repository carries no copy.
 * Without npm it is a failure under CI and a loud skip elsewhere, never a silent one.
 */
public final class AxeCore {

  public static final String VERSION = "4.14.1";
  private static final Path PREFIX = Path.of("target", "axe-core");
  private static final Path SCRIPT = PREFIX.resolve("node_modules/axe-core/axe.min.js");

  private AxeCore() {}

  /** The source of axe.min.js, to inject into a page. */
  public static synchronized String source() throws IOException, InterruptedException {
    if (!Files.isRegularFile(SCRIPT)) {
      install();
    }
    return Files.readString(SCRIPT, StandardCharsets.UTF_8);
  }

  private static void install() throws IOException, InterruptedException {
    Files.createDirectories(PREFIX);
    List<String> command =
        List.of(
            "npm", "install", "--no-save", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error",
            "--prefix", PREFIX.toString(), "axe-core@" + VERSION);
    Process npm;
    try {
      npm = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(PREFIX.resolve("npm.log").toFile()).start();
    } catch (IOException noNpm) {
      unavailable("npm is not installed (" + noNpm.getMessage() + ")");
      return;
    }
    boolean done = npm.waitFor(180, TimeUnit.SECONDS);
    if (!done) {
      npm.destroyForcibly();
    }
    if (!done || npm.exitValue() != 0 || !Files.isRegularFile(SCRIPT)) {
      unavailable("npm could not install axe-core " + VERSION + "; see " + PREFIX.resolve("npm.log").toAbsolutePath());
    }
  }

  private static void unavailable(String why) {
    if (System.getenv("CI") != null) {
      throw new AssertionError("CI is set but axe-core is unavailable: " + why);
    }
    System.err.println("SKIPPED: accessibility check: " + why);
    assumeTrue(false, why);
  }
}
