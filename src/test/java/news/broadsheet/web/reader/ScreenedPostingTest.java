package news.broadsheet.web.reader;

import static news.broadsheet.testing.ApiCalls.json;
import static news.broadsheet.testing.ApiCalls.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.Reason;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.moderation.QueueFilter;
import news.broadsheet.moderation.QueueTab;
import news.broadsheet.moderation.WordList;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Comments that screening holds for a moderator or rejects, posted from the story's form and
 * through the API: the poster is told, and other readers never see them.
 */
class ScreenedPostingTest {

  private static final String SLUG = "us-pakistan-inch-towards-better-relations";
  private static final String NOTICE =
      "<p class=\"notice\" id=\"posted-notice\" role=\"status\">Thank you. Your comment awaits moderation";

  @TempDir Path temp;

  private TestServer site(DatabaseKind kind) throws Exception {
    return TestServer.start(kind, temp).withStories(ReferenceSample.file());
  }

  private static long storyId(TestServer site) {
    return site.app().articles().latest(1, 0).get(0).id();
  }

  /** The one comment of a commenter in a tab of the moderation queue. */
  private static Comment stored(TestServer site, QueueTab tab, String name) {
    var found = site.app().moderation().queue(tab, new QueueFilter(null, name, null), 10, 0);
    assertThat(found).as(name + " in " + tab).hasSize(1);
    return found.get(0).comment();
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_held_comment_redirects_to_the_story_with_a_notice_and_no_other_reader_sees_it(DatabaseKind kind)
      throws Exception {
    try (TestServer site = site(kind)) {
      site.app().settings().set("moderation.mode", "pre", "test");
      long id = storyId(site);
      String path = "/news/" + id + "/" + SLUG;
      FormClient poster = new FormClient(site);
      FormClient other = new FormClient(site);
      assertThat(other.get(path).body()).contains("26 comments"); // kept in memory from now
      poster.get(path);

      var posted = poster.comment(id, "Nadia", "Held for a moderator, please.");
      assertThat(posted.statusCode()).isEqualTo(303);
      assertThat(posted.headers().firstValue("Location")).hasValue(path + "?posted=pending#posted-notice");
      var page = poster.follow(posted);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains(NOTICE).contains("26 comments").doesNotContain("Held for a moderator");

      Comment held = stored(site, QueueTab.PENDING, "Nadia");
      assertThat(held.status()).isEqualTo(CommentStatus.PENDING);
      assertThat(held.reasons()).containsExactly(Reason.premoderatedSite());
      assertThat(other.get(path).body()).doesNotContain("Held for a moderator").doesNotContain("Nadia").doesNotContain("awaits moderation");
      assertThat(poster.get(path).body()).doesNotContain("Held for a moderator").doesNotContain("awaits moderation");
      assertThat(site.get("/api/v1/articles/" + id + "/comments?limit=100").body()).doesNotContain("Held for a moderator");
    }
  }

  @Test
  void a_held_api_comment_answers_201_with_status_pending_and_the_reason() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      long id = storyId(site);
      site.app().premoderation().setStory(id, true, Moderator.named("Saima"));
      var answer = post(site, id, "{\"name\":\"Imran\",\"text\":\"Through the API, held.\"}");
      assertThat(answer.statusCode()).isEqualTo(201);
      JsonNode comment = json(answer);
      assertThat(comment.get("status").asText()).isEqualTo("pending");
      assertThat(comment.get("reasons").get(0).asText()).isEqualTo("held: comments on this story are reviewed before they appear");
      assertThat(site.get("/api/v1/articles/" + id + "/comments?limit=100").body()).doesNotContain("Through the API");
      assertThat(json(site.get("/api/v1/articles/" + id)).get("commentCount").asLong()).isEqualTo(26);
      assertThat(new FormClient(site).get("/news/" + id + "/" + SLUG).body()).doesNotContain("Through the API");
    }
  }

  @Test
  void a_comment_with_a_banned_word_comes_back_in_the_form_with_the_reason_and_is_never_shown() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      site.app().words().add(WordList.BANNED, List.of("zorblax"), "test");
      long id = storyId(site);
      String path = "/news/" + id + "/" + SLUG;
      FormClient poster = new FormClient(site);
      poster.get(path);

      var refused = poster.comment(id, "Kamran", "You utter ZORBLAX.");
      assertThat(refused.statusCode()).isEqualTo(422);
      assertThat(refused.body())
          .contains("<p class=\"form-problem\" role=\"alert\">Your comment was not published: \"zorblax\" is not allowed here.</p>")
          .contains(">\nYou utter ZORBLAX.</textarea>")
          .doesNotContain("awaits moderation");
      assertThat(stored(site, QueueTab.REJECTED, "Kamran").text()).as("moderation never deletes").isEqualTo("You utter ZORBLAX.");
      assertThat(new FormClient(site).get(path).body()).doesNotContain("You utter");

      var api = post(site, id, "{\"name\":\"Kamran\",\"text\":\"Zorblax again.\"}");
      assertThat(api.statusCode()).isEqualTo(201);
      assertThat(json(api).get("status").asText()).isEqualTo("rejected");
      assertThat(json(api).get("reasons").get(0).asText()).isEqualTo("rejected: \"zorblax\" is not allowed here");
    }
  }
}
