package news.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import news.broadsheet.App;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.storage.DatabaseLocation;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestApps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code broadsheet commenter export|erase} as an operator runs them. */
class CommenterCommandTest {

  @TempDir Path temp;

  private static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  private String data() throws Exception {
    Path data = temp.resolve("data");
    try (App app = TestApps.on(DatabaseLocation.embedded(data))) {
      app.importer().importAll(List.of(ArchiveInput.file(ReferenceSample.file())), ImportProgress.SILENT);
      long story = app.articles().latest(1, 0).get(0).id();
      long id = app.accounts().signUp("Ayesha", "correct horse battery", "correct horse battery", "198.51.100.7").user().id();
      app.posting().post(CommentDraft.byAccount(story, null, id, "Ayesha", "Mine, signed in.", "198.51.100.7"));
      app.posting().post(new CommentDraft(story, null, "Ali", "Mine, as a guest.", "203.0.113.5"));
    }
    return data.toString();
  }

  @Test
  void export_prints_one_json_object_and_erase_says_what_it_did() throws Exception {
    String data = data();
    CommandRun exported = run("commenter", "export", "--data", data, "--account", "ayesha");
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(exported.out());
    assertThat(json.at("/subject/kind").asText()).isEqualTo("account");
    assertThat(json.at("/account/name").asText()).isEqualTo("Ayesha");
    assertThat(json.at("/comments/0/text").asText()).isEqualTo("Mine, signed in.");
    assertThat(json.at("/comments/0/postedAt").asText()).endsWith("Z");
    assertThat(exported.out()).doesNotContain("password").doesNotContain("argon2").doesNotContain("token");

    CommandRun guest = run("commenter", "export", "--data", data, "--guest", "Ali", "--client", "203.0.113.5");
    assertThat(new ObjectMapper().readTree(guest.out()).at("/comments/0/text").asText()).isEqualTo("Mine, as a guest.");

    CommandRun erased = run("commenter", "erase", "--data", data, "--guest", "Ali", "--client", "203.0.113.5", "--by", "Nusrat");
    assertThat(erased.exitCode()).as(erased.err()).isZero();
    assertThat(erased.out()).isEqualTo(
        "erased: 1 comment removed, 0 comments kept as \"[removed at the reader's request]\" on 1 story\n");
    CommandRun account = run("commenter", "erase", "--data", data, "--account", "Ayesha");
    assertThat(account.out()).isEqualTo(
        "erased: 1 comment removed, 0 comments kept as \"[removed at the reader's request]\"; the account deleted on 1 story\n");
    assertThat(run("user", "list", "--data", data).out()).doesNotContain("Ayesha");
  }

  @Test
  void a_request_that_names_no_one_or_two_is_refused_with_exit_code_2() throws Exception {
    String data = data();
    assertThat(run("commenter", "export", "--data", data).err())
        .contains("name one commenter: --account NAME, or --guest NAME --client KEY");
    assertThat(run("commenter", "export", "--data", data, "--account", "Ayesha", "--guest", "Ali").exitCode()).isEqualTo(2);
    CommandRun noClient = run("commenter", "erase", "--data", data, "--guest", "Ali");
    assertThat(noClient.exitCode()).isEqualTo(2);
    assertThat(noClient.err()).isEqualTo("broadsheet erase: name a guest by the name they commented under and the"
        + " connection they posted from (both)\n");
    CommandRun nobody = run("commenter", "erase", "--data", data, "--account", "Nobody");
    assertThat(nobody.exitCode()).isEqualTo(2);
    assertThat(nobody.err()).isEqualTo("broadsheet erase: there is no account named Nobody\n");
  }
}
