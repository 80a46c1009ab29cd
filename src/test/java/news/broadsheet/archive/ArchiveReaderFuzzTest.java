package news.broadsheet.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes at all are either a story that survives a round trip, or refused with the file, a
 * line number and a rule.
 *
 * <p>An ordinary build only replays the inputs in {@code ArchiveReaderFuzzTestInputs/} (seeds of
 * our own and the findings of earlier fuzzing runs). To search for new findings:
 *
 * <pre>JAZZER_FUZZ=1 ./mvnw -B test-compile surefire:test@fuzz-tests -DargLine=-Djazzer.hooks=true</pre>
 *
 * A finding is saved beside the seeds as {@code crash-…}; give it a name that says what it is.
 */
class ArchiveReaderFuzzTest {

  private final ArchiveReader reader = new ArchiveReader();
  private final ArchiveWriter writer = new ArchiveWriter();

  @FuzzTest(maxDuration = "3m")
  void any_bytes_are_a_story_that_round_trips_or_refused_with_line_and_rule(byte[] bytes) {
    ArchivedStory story;
    try {
      story = reader.read("fuzz.txt", bytes);
    } catch (ArchiveFormatException refused) {
      assertThat(refused.getMessage()).matches("fuzz\\.txt:[1-9][0-9]*: \\S(?s).*");
      assertThat(refused.line()).isBetween(1, linesIn(bytes));
      assertThat(refused.rule()).isNotBlank();
      return;
    }
    String written = writer.write(story);
    ArchivedStory again = readBack(written);
    assertThat(again).isEqualTo(story);
    assertThat(writer.write(again)).isEqualTo(written);
  }

  private ArchivedStory readBack(String written) {
    try {
      return reader.read("written.txt", written.getBytes(UTF_8));
    } catch (ArchiveFormatException refused) {
      throw new AssertionError("the writer wrote a file the reader refuses: " + refused.getMessage(), refused);
    }
  }

  /** Lines as an editor counts them: one more than the line feeds. */
  private static int linesIn(byte[] bytes) {
    int lines = 1;
    for (byte b : bytes) {
      if (b == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
