package news.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The moderation and settings commands as an admin uses them. */
class ModerationCommandLineTest {

  @TempDir Path temp;

  private CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  private String data() {
    return temp.resolve("data").toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "settings list", "settings get", "settings set", "moderation words add", "moderation words remove",
      "moderation words list", "moderation evaluate"})
  void every_command_explains_itself_with_help(String command) {
    CommandRun help = run((command + " --help").split(" "));
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: broadsheet " + command).contains("--data");
  }

  @Test
  void settings_list_prints_key_and_value_a_line_and_set_changes_one() {
    CommandRun list = run("settings", "list", "--data", data());
    assertThat(list.exitCode()).isZero();
    assertThat(list.out().lines()).allMatch(line -> line.matches("(moderation|comments|accounts|privacy|desk|media)\\.[a-z.-]+ \\S+"))
        .contains("comments.commenters guests", "accounts.sign-up.enabled true", "moderation.links.max 2",
            "moderation.flood.per-minute 5", "moderation.reports.hide-at 3",
            "moderation.classifier.threshold 0.8", "moderation.classifier.min-decisions 50",
            "moderation.shouting.enabled true", "moderation.mode post");
    assertThat(run("settings", "set", "moderation.links.max", "4", "--data", data()).out())
        .isEqualTo("moderation.links.max 4\n");
    assertThat(run("settings", "get", "moderation.links.max", "--data", data()).out()).isEqualTo("4\n");
    assertThat(run("settings", "set", "moderation.shouting.enabled", "off", "--data", data()).out())
        .isEqualTo("moderation.shouting.enabled false\n");
    assertThat(run("settings", "set", "comments.commenters", "ACCOUNTS", "--data", data()).out())
        .isEqualTo("comments.commenters accounts\n");
    assertThat(run("settings", "set", "accounts.sign-up.enabled", "off", "--data", data()).out())
        .isEqualTo("accounts.sign-up.enabled false\n");
  }

  @Test
  void bad_settings_fail_with_one_line_on_stderr() {
    CommandRun unknown = run("settings", "set", "moderation.nope", "1", "--data", data());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo(
        "broadsheet set: there is no setting 'moderation.nope'; 'broadsheet settings list' shows them all\n");
    CommandRun bad = run("settings", "set", "moderation.classifier.threshold", "1.5", "--data", data());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).isEqualTo(
        "broadsheet set: moderation.classifier.threshold takes a number from 0.5 to 1.0, not '1.5'\n");
    assertThat(run("settings", "get", "nothing", "--data", data()).exitCode()).isEqualTo(2);
    assertThat(run("settings", "set", "moderation.links.max", "--data", data()).exitCode()).isEqualTo(2);
  }

  @Test
  void words_are_added_listed_and_removed() {
    CommandRun added = run("moderation", "words", "add", "--banned", "Nalaiq", "ullu ka pattha", "--data", data());
    assertThat(added.exitCode()).isZero();
    assertThat(added.out()).isEqualTo("added 2 to banned: nalaiq, ullu ka pattha\n");
    assertThat(run("moderation", "words", "add", "--suspect", "نالائق", "--data", data()).out())
        .isEqualTo("added 1 to suspect: نالایق\n");
    CommandRun banned = run("moderation", "words", "list", "--banned", "--data", data());
    assertThat(banned.out().lines()).contains("banned nalaiq", "banned idiot").allMatch(l -> l.startsWith("banned "));
    assertThat(run("moderation", "words", "list", "--data", data()).out().lines())
        .contains("suspect نالایق", "suspect stupid", "banned حرامی");
    assertThat(run("moderation", "words", "remove", "NALAIQ", "--data", data()).out()).isEqualTo("removed 1: nalaiq\n");
    assertThat(run("moderation", "words", "list", "--data", data()).out()).doesNotContain("nalaiq\n");
  }

  @Test
  void bad_words_fail_with_one_line_on_stderr() {
    CommandRun empty = run("moderation", "words", "add", "--banned", " ", "--data", data());
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).isEqualTo("broadsheet add: a word cannot be empty\n");
    CommandRun long_ = run("moderation", "words", "add", "--suspect", "x".repeat(61), "--data", data());
    assertThat(long_.exitCode()).isEqualTo(2);
    assertThat(long_.err()).contains("at most 60 characters").hasLineCount(1);
    assertThat(run("moderation", "words", "add", "--banned", "--suspect", "x", "--data", data()).exitCode()).isEqualTo(2);
    assertThat(run("moderation", "words", "add", "idiot", "--data", data()).exitCode()).isEqualTo(2);
  }

  @Test
  void evaluate_prints_one_figure_a_line_for_a_labelled_file() throws Exception {
    Path fixture = Path.of("src/test/resources/moderation/evaluate-fixture.jsonl");
    CommandRun run = run("moderation", "evaluate", "--data-set", fixture.toString(), "--data", data());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(6).allMatch(l -> l.matches("[a-z1-]+ [01]\\.\\d{3}"));
    assertThat(run.out().lines().map(l -> l.split(" ")[0]))
        .containsExactly("precision", "recall", "f1", "baseline-precision", "baseline-recall", "baseline-f1");
    // The default lists catch "idiot", "kamina" and "حرامی" (and "shut up" as suspect) and nothing approved.
    assertThat(run.out()).contains("baseline-precision 1.000\n", "baseline-recall 0.800\n");
  }

  @Test
  void evaluate_names_the_file_and_line_of_a_bad_line() throws Exception {
    Path file = temp.resolve("bad.jsonl");
    Files.writeString(file, "{\"text\": \"fine\", \"label\": \"approve\"}\n{\"text\": \"x\", \"label\": \"maybe\"}\n",
        StandardCharsets.UTF_8);
    CommandRun bad = run("moderation", "evaluate", "--data-set", file.toString(), "--data", data());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).isEqualTo(
        "broadsheet evaluate: " + file + ":2: \"label\" must be \"approve\" or \"reject\", not maybe\n");
    Files.writeString(file, "{\"text\": \"fine\", \"label\": \"approve\"}\nnot json\n", StandardCharsets.UTF_8);
    assertThat(run("moderation", "evaluate", "--data-set", file.toString(), "--data", data()).err())
        .startsWith("broadsheet evaluate: " + file + ":2: not a JSON object");
    Files.writeString(file, "{\"label\": \"reject\"}\n", StandardCharsets.UTF_8);
    assertThat(run("moderation", "evaluate", "--data-set", file.toString(), "--data", data()).err())
        .isEqualTo("broadsheet evaluate: " + file + ":1: \"text\" must be a non-empty string\n");
    assertThat(run("moderation", "evaluate", "--data-set", temp.resolve("missing.jsonl").toString(), "--data", data())
        .exitCode()).isEqualTo(2);
  }

  @Test
  void evaluate_without_a_file_needs_moderator_decisions() {
    CommandRun none = run("moderation", "evaluate", "--data", data());
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("moderators have decided no comments yet");
  }
}
