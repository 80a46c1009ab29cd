package news.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The desk's commands: tokens for the API, sections, and exports by status. */
class DeskCommandLineTest {

  @TempDir Path temp;

  private CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  private String data() {
    return temp.resolve("data").toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"user token", "user tokens", "user revoke-token", "sections list", "sections add",
      "sections move", "sections change"})
  void every_desk_command_explains_itself_with_help(String command) {
    CommandRun help = run((command + " --help").split(" "));
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: broadsheet " + command).contains("--data");
  }

  @Test
  void a_token_is_printed_once_listed_without_its_text_and_revoked() {
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream("correct horse battery\n".getBytes(StandardCharsets.UTF_8)));
      assertThat(run("user", "add", "--data", data(), "--role", "writer", "Ayesha Khan").out())
          .isEqualTo("added writer Ayesha Khan\n");
    } finally {
      System.setIn(stdin);
    }
    CommandRun token = run("user", "token", "--data", data(), "--label", "wire feed", "Ayesha Khan");
    assertThat(token.exitCode()).isZero();
    assertThat(token.out()).startsWith("bst_");
    assertThat(token.err()).contains("token 1 (wire feed) for Ayesha Khan");
    CommandRun listed = run("user", "tokens", "--data", data(), "Ayesha Khan");
    assertThat(listed.out()).startsWith("1 wire feed ").doesNotContain(token.out().strip());
    assertThat(run("user", "revoke-token", "--data", data(), "Ayesha Khan", "1").out()).isEqualTo("revoked token 1 of Ayesha Khan\n");
    assertThat(run("user", "tokens", "--data", data(), "Ayesha Khan").out()).contains(" revoked ");
    CommandRun again = run("user", "revoke-token", "--data", data(), "Ayesha Khan", "1");
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).isEqualTo("broadsheet revoke-token: Ayesha Khan has no working token 1.\n");
  }

  @Test
  void sections_are_added_ordered_renamed_and_hidden() {
    assertThat(run("sections", "add", "--data", data(), "Business").out()).isEqualTo("added /sections/business\n");
    run("sections", "add", "--data", data(), "Sport");
    run("sections", "add", "--data", data(), "Pakistan");
    assertThat(run("sections", "move", "--data", data(), "pakistan", "1").out())
        .isEqualTo("1 pakistan Pakistan\n2 business Business\n3 sport Sport\n");
    assertThat(run("sections", "change", "--data", data(), "sport", "--name", "Sports", "--navigation", "false").out())
        .isEqualTo("3 sport Sports (not in the navigation)\n");
    CommandRun twice = run("sections", "add", "--data", data(), "business");
    assertThat(twice.exitCode()).isEqualTo(2);
    assertThat(twice.err()).contains("There is a section at /sections/business already.");
  }

  @Test
  void export_refuses_a_status_it_does_not_know() {
    CommandRun bad = run("export", "--data", data(), "--out", temp.resolve("o").toString(), "--status", "live");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--status takes published, unpublished, draft, in_review, scheduled or all, not 'live'");
  }
}
