package news.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.testing.ChildJvm;
import org.junit.jupiter.api.Test;

/** The JVM options the {@code ./broadsheet} launcher starts the server with by default. */
class LauncherOptionsTest {

  private static final Pattern DEFAULT_OPTIONS = Pattern.compile("(?m)^defaults=\"([^\"]*)\"");

  static List<String> defaultOptions() throws Exception {
    Matcher options = DEFAULT_OPTIONS.matcher(Files.readString(Path.of("broadsheet"), StandardCharsets.UTF_8));
    assertThat(options.find()).as("the launcher's default JVM options").isTrue();
    return Arrays.asList(options.group(1).strip().split("\\s+"));
  }

  @Test
  void a_process_whose_heap_runs_out_exits_instead_of_limping_on() throws Exception {
    Process child =
        new ProcessBuilder(ChildJvm.command(defaultOptions(), HeapRunsOut.class.getName()))
            .redirectErrorStream(true)
            .start();
    boolean ended = child.waitFor(60, TimeUnit.SECONDS);
    if (!ended) {
      child.destroyForcibly().waitFor();
    }
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(ended).as("the process ended by itself: " + output).isTrue();
    assertThat(child.exitValue()).isNotZero();
    assertThat(output).contains("Terminating due to java.lang.OutOfMemoryError").doesNotContain("goes on");
  }
}
