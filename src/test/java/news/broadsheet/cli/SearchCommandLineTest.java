package news.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.broadsheet.testing.ReferenceSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code broadsheet search}, {@code search catch-up} and {@code search reindex}. */
class SearchCommandLineTest {

  @TempDir Path temp;

  private CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  @Test
  void an_imported_story_and_its_comments_are_found_once_indexed_and_again_after_a_reindex() {
    String data = temp.resolve("data").toString();
    CommandRun imported = run("import", "--data", data, ReferenceSample.folder().toString());
    assertThat(imported.exitCode()).isZero();
    assertThat(imported.out()).endsWith("\n27 stories and comments wait to be indexed for search: a running server indexes them"
        + " in the background, or run `broadsheet search catch-up`\n");
    CommandRun notYet = run("search", "--data", data, "nahi", "maante");
    assertThat(notYet.exitCode()).isEqualTo(1);
    assertThat(notYet.err()).startsWith("27 stories and comments wait to be indexed");
    CommandRun caughtUp = run("search", "catch-up", "--data", data);
    assertThat(caughtUp.exitCode()).as(caughtUp.err()).isZero();
    assertThat(caughtUp.out()).matches("indexed 27 stories and comments in [0-9.]+ s\n");
    CommandRun found = run("search", "--data", data, "nahi", "maante");
    assertThat(found.err()).isEmpty();
    assertThat(found.exitCode()).isZero();
    assertThat(found.out()).startsWith("comment 11 US, Pakistan inch towards better relations\n")
        .contains("    US will keep the drones flying and firing.  Laton key bhoot baton sey nahin mantey.");
    CommandRun leftOut = run("search", "--data", data, "nahi", "maante", "-drones");
    assertThat(leftOut.err()).isEmpty();
    assertThat(leftOut.out()).doesNotContain("comment 11 ");
    CommandRun reindexed = run("search", "reindex", "--data", data);
    assertThat(reindexed.exitCode()).as(reindexed.err()).isZero();
    assertThat(reindexed.out()).matches("indexed 27 stories and comments in [0-9.]+ s\n");
    assertThat(run("search", "--data", data, "relation").out()).startsWith("story 1 US, Pakistan inch towards better relations\n");
  }

  @Test
  void a_search_with_no_result_exits_1_and_a_bad_one_2_with_the_reason() {
    String data = temp.resolve("data").toString();
    CommandRun none = run("search", "--data", data, "zzzqqq");
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.out()).isEmpty();
    CommandRun bad = run("search", "--data", data, "-only");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).startsWith("broadsheet search: Type a word to search for");
    CommandRun nothing = run("search", "--data", data);
    assertThat(nothing.exitCode()).isEqualTo(2);
    assertThat(nothing.err()).startsWith("name words to search for, or a command: catch-up, reindex");
  }
}
