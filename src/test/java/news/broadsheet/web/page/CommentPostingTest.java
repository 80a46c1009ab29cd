package news.broadsheet.web.page;

import static news.broadsheet.testing.ApiCalls.assertError;
import static news.broadsheet.testing.ApiCalls.json;
import static news.broadsheet.testing.ApiCalls.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import news.broadsheet.comment.CommentError;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.moderation.WordList;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestDatabases;
import news.broadsheet.testing.TestServer;
import news.broadsheet.web.server.WebSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The story page's form and the JSON API post a comment by one path: the same count in the
 * metrics, the same allowance of the rate limit, the same HTTP status for the same refusal.
 */
class CommentPostingTest {

  private static final String SLUG = "us-pakistan-inch-towards-better-relations";

  @TempDir Path temp;

  private TestServer site(int postsPerMinute) throws Exception {
    WebSettings settings = WebSettings.loopbackAnyPort().withPostRateLimit(postsPerMinute).withMetrics(TestServer.METRICS);
    return TestServer.start(TestDatabases.fresh(DatabaseKind.SQLITE, temp), settings).withStories(ReferenceSample.file());
  }

  private static long storyId(TestServer site) {
    return site.app().articles().latest(1, 0).get(0).id();
  }

  private static FormClient reader(TestServer site, long id) throws Exception {
    FormClient reader = new FormClient(site);
    reader.get("/news/" + id + "/" + SLUG);
    return reader;
  }

  @Test
  void every_post_from_either_door_is_counted_by_the_status_it_was_stored_with() throws Exception {
    try (TestServer site = site(0)) {
      long id = storyId(site);
      site.app().words().add(WordList.BANNED, List.of("zorblax"), "test");
      FormClient reader = reader(site, id);
      assertThat(reader.comment(id, "Form", "Published from the form.").statusCode()).isEqualTo(303);
      assertThat(reader.comment(id, "Form", "Zorblax from the form.").statusCode()).isEqualTo(422);
      assertThat(post(site, id, "{\"name\":\"Api\",\"text\":\"Published through the API.\"}").statusCode()).isEqualTo(201);
      assertThat(post(site, id, "{\"name\":\"Api\",\"text\":\"Zorblax through the API.\"}").statusCode()).isEqualTo(201);
      site.app().premoderation().setStory(id, true, Moderator.named("Saima"));
      assertThat(reader.comment(id, "Form", "Held from the form.").statusCode()).isEqualTo(303);
      assertThat(post(site, id, "{\"name\":\"Api\",\"text\":\"Held through the API.\"}").statusCode()).isEqualTo(201);
      assertThat(reader.comment(id, "Form", " ").statusCode()).as("refused, not stored").isEqualTo(422);
      assertThat(post(site, id, "{\"name\":\"Api\",\"text\":\" \"}").statusCode()).isEqualTo(422);

      assertThat(site.metrics())
          .contains("broadsheet_comments_posted_total{status=\"published\"} 2.0")
          .contains("broadsheet_comments_posted_total{status=\"pending\"} 2.0")
          .contains("broadsheet_comments_posted_total{status=\"rejected\"} 2.0");
    }
  }

  @Test
  void both_doors_share_one_allowance_of_the_rate_limit_and_a_refused_post_is_not_counted() throws Exception {
    try (TestServer site = site(2)) {
      long id = storyId(site);
      FormClient reader = reader(site, id);
      assertThat(reader.comment(id, "Sana", "From the form.").statusCode()).isEqualTo(303);
      assertThat(post(site, id, "{\"name\":\"Sana\",\"text\":\"Through the API.\"}").statusCode()).isEqualTo(201);

      HttpResponse<String> api = post(site, id, "{\"name\":\"Sana\",\"text\":\"Once more through the API.\"}");
      assertError(api, 429, "rate_limited", null);
      assertThat(Long.parseLong(api.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
      HttpResponse<String> form = reader.comment(id, "Sana", "Once more from the form.");
      assertThat(form.statusCode()).isEqualTo(429);
      assertThat(form.headers().firstValue("Retry-After")).isPresent();
      assertThat(form.body()).contains("Please slow down");

      assertThat(site.app().comments().published(id)).hasSize(26 + 2);
      assertThat(site.metrics()).contains("broadsheet_comments_posted_total{status=\"published\"} 2.0");
    }
  }

  @Test
  void the_same_refusal_has_the_same_status_from_either_door() throws Exception {
    try (TestServer site = site(0)) {
      long id = storyId(site);
      FormClient reader = reader(site, id);
      assertThat(reader.comment(id, "Sana", "x".repeat(5001)).statusCode()).isEqualTo(422);
      assertError(post(site, id, "{\"name\":\"Sana\",\"text\":\"" + "x".repeat(5001) + "\"}"), 422, "too_long", "text");

      site.app().settings().set("comments.commenters", "accounts", "test");
      assertThat(reader.comment(id, "Sana", "A guest, refused.").statusCode()).isEqualTo(401);
      assertError(post(site, id, "{\"name\":\"Sana\",\"text\":\"A guest, refused.\"}"), 401, "sign_in_required", null);
      site.app().settings().set("comments.commenters", "guests", "test");

      site.app().articles().setCommentsClosed(id, true);
      HttpResponse<String> closed = reader.comment(id, "Sana", "Too late.");
      assertThat(closed.statusCode()).isEqualTo(409);
      assertThat(closed.body()).contains("Comments are closed");
      assertError(post(site, id, "{\"name\":\"Sana\",\"text\":\"Too late.\"}"), 409, "closed", null);

      HttpResponse<String> gone = reader.comment(424242, "Sana", "To no story.");
      assertThat(gone.statusCode()).isEqualTo(404);
      assertThat(gone.body()).contains("Page not found");
      assertError(post(site, 424242, "{\"name\":\"Sana\",\"text\":\"To no story.\"}"), 404, "not_found", null);
    }
  }

  @Test
  void every_error_of_the_domain_has_one_status_and_the_form_takes_back_what_the_reader_can_put_right() {
    assertThat(List.of(CommentError.values()).stream().map(ErrorStatus::of))
        .containsExactly(422, 422, 422, 422, 422, 422, 401, 404, 404, 409, 429);
    assertThat(List.of(CommentError.values()).stream().filter(ErrorStatus::answeredInTheForm))
        .containsExactly(CommentError.EMPTY, CommentError.TOO_LONG, CommentError.MULTILINE,
            CommentError.FORBIDDEN_CHARACTER, CommentError.NAME_OF_AN_ACCOUNT, CommentError.NO_SUCH_PARENT, CommentError.SIGN_IN_REQUIRED);
    assertThat(CommentError.NO_SUCH_STORY.code()).isEqualTo("not_found");
    assertThat(CommentError.NAME_OF_AN_ACCOUNT.code()).isEqualTo("name_of_an_account");
  }

  @ParameterizedTest
  @EnumSource(value = CommentError.class, names = {"NO_SUCH_STORY", "NO_SUCH_COMMENT"})
  void a_missing_story_or_comment_is_not_found_by_the_same_code(CommentError error) {
    assertThat(error.code()).isEqualTo("not_found");
    assertThat(ErrorStatus.of(error)).isEqualTo(404);
  }
}
