package news.broadsheet.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import news.broadsheet.App;
import news.broadsheet.config.AppConfig;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.Pages;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestApps;
import news.broadsheet.testing.TestDatabases;
import news.broadsheet.testing.TestServer;
import news.broadsheet.web.server.WebSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Readers posting from the story page without JavaScript, on SQLite and PostgreSQL. */
class PostingTest {

  private static final String SLUG = "us-pakistan-inch-towards-better-relations";

  @TempDir Path temp;

  private TestServer site(DatabaseKind kind) throws Exception {
    return TestServer.start(kind, temp).withStories(ReferenceSample.file());
  }

  private static long storyId(TestServer site) {
    return site.app().articles().latest(1, 0).get(0).id();
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_posted_comment_redirects_to_itself_and_shows_on_the_very_next_request(DatabaseKind kind) throws Exception {
    try (TestServer site = site(kind)) {
      long id = storyId(site);
      String path = "/news/" + id + "/" + SLUG;
      FormClient reader = new FormClient(site);
      assertThat(reader.get(path).body()).doesNotContain("Zainab"); // now cached without it
      var posted = reader.comment(id, "Zainab", "First paragraph.\r\n\r\nSecond paragraph.");
      assertThat(posted.statusCode()).isEqualTo(303);
      String location = posted.headers().firstValue("Location").orElseThrow();
      long newId = site.app().comments().lastPublishedId(id);
      assertThat(location).isEqualTo(path + "#comment-" + newId);
      var page = reader.follow(posted);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(Pages.commentNames(page.body())).hasSize(27).last().isEqualTo("Zainab");
      assertThat(page.body())
          .contains("<p dir=\"auto\">First paragraph.</p>\n<p dir=\"auto\">Second paragraph.</p>")
          .contains("<h2 id=\"comments-title\">27 comments</h2>")
          .contains("data-last-comment-id=\"" + newId + "\"");
      assertThat(Pages.attribute(page.body(), "<input id=\"comment-form-name\"", "value")).isEqualTo("Zainab");
      assertThat(new FormClient(site).get(path).body()).contains("Zainab").contains("value=\"\"");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_reply_goes_through_its_own_form_page_and_lands_under_its_parent(DatabaseKind kind) throws Exception {
    try (TestServer site = site(kind)) {
      long id = storyId(site);
      String path = "/news/" + id + "/" + SLUG;
      FormClient reader = new FormClient(site);
      List<Long> ids = Pages.commentIds(reader.get(path).body());
      long parent = ids.get(1);
      var form = reader.get(path + "/comments/" + parent + "/reply");
      assertThat(form.statusCode()).isEqualTo(200);
      assertThat(form.body())
          .contains("<h1>Replying to <bdi>Saresh</bdi></h1>")
          .contains("<input type=\"hidden\" name=\"parentId\" value=\"" + parent + "\">")
          .contains("id=\"reply-form\"");
      var posted = reader.reply(id, parent, "Bilal", "Peace needs more than statements.");
      assertThat(posted.statusCode()).isEqualTo(303);
      String html = reader.follow(posted).body();
      String thread = html.substring(html.indexOf("id=\"comment-" + parent + "\""), html.indexOf("id=\"comment-" + ids.get(2) + "\""));
      assertThat(thread)
          .contains("<ol class=\"replies\">\n<li class=\"comment\"")
          .contains("Peace needs more than statements.");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void every_validation_error_comes_back_with_its_message_beside_the_field_and_the_text_kept(DatabaseKind kind)
      throws Exception {
    try (TestServer site = site(kind)) {
      long id = storyId(site);
      FormClient reader = new FormClient(site);
      reader.get("/news/" + id + "/" + SLUG);
      assertInvalid(reader.comment(id, "   ", "Kept text"), "name", "Please give a name", "Kept text");
      assertInvalid(reader.comment(id, "n".repeat(61), "Kept text"), "name", "at most 60 characters", "Kept text");
      assertInvalid(reader.comment(id, "Ali", " \n\t "), "text", "Please write a comment", " \n\t ");
      String longText = "x".repeat(5001);
      assertInvalid(reader.comment(id, "Ali", longText), "text", "at most 5000 characters", longText);
      var badParent = reader.reply(id, 999_999, "Ali", "Reply text");
      assertThat(badParent.statusCode()).isEqualTo(422);
      assertThat(badParent.body())
          .contains("<p class=\"form-problem\" role=\"alert\">The comment you are replying to is not on this story.</p>")
          .contains(">\nReply text</textarea>");
      var notANumber = reader.post("/news/" + id + "/comments", Map.of("name", "Ali", "text", "x", "parentId", "abc"));
      assertThat(notANumber.statusCode()).isEqualTo(422);
      assertThat(site.app().comments().published(id)).hasSize(26);
    }
  }

  private static void assertInvalid(HttpResponse<String> response, String field, String message, String kept) {
    assertThat(response.statusCode()).isEqualTo(422);
    String html = response.body();
    String input = field.equals("name") ? "<input id=\"comment-form-name\"" : "<textarea id=\"comment-form-text\"";
    assertThat(Pages.attribute(html, input, "aria-invalid")).isEqualTo("true");
    assertThat(Pages.attribute(html, input, "aria-describedby")).contains(field + "-error");
    assertThat(html).containsPattern("<p class=\"field-error\" id=\"" + field + "-error\">[^<]*" + message);
    assertThat(html).contains(">\n" + kept + "</textarea>");
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_form_without_the_readers_token_is_refused_with_403(DatabaseKind kind) throws Exception {
    try (TestServer site = site(kind)) {
      long id = storyId(site);
      FormClient stranger = new FormClient(site);
      var missing = stranger.postRaw("/news/" + id + "/comments", Map.of("name", "Eve", "text", "Forged"));
      assertThat(missing.statusCode()).isEqualTo(403);
      assertThat(missing.body()).contains("We could not accept this form");
      stranger.get("/news/" + id + "/" + SLUG);
      var wrong = stranger.postRaw("/news/" + id + "/comments", Map.of("csrf", "A".repeat(32), "name", "Eve", "text", "Forged"));
      assertThat(wrong.statusCode()).isEqualTo(403);
      long target = site.app().comments().lastPublishedId(id);
      var recommend = stranger.postRaw("/news/" + id + "/comments/" + target + "/recommend", Map.of());
      assertThat(recommend.statusCode()).isEqualTo(403);
      assertThat(site.app().comments().published(id)).hasSize(26).allMatch(c -> c.recommendations() == 0);
    }
  }

  @Test
  void a_new_reader_gets_the_page_every_new_reader_gets_with_no_cookie_and_its_browser_vouches_for_its_form()
      throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      long id = storyId(site);
      String path = "/news/" + id + "/" + SLUG;
      FormClient first = new FormClient(site);
      FormClient second = new FormClient(site);
      var page = first.get(path);
      assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
      assertThat(page.body()).isEqualTo(second.get(path).body()).contains("name=\"csrf\" value=\"\"");
      var compressed =
          site.client().send(
              HttpRequest.newBuilder(URI.create(site.url(path))).header("Accept-Encoding", "gzip").build(),
              HttpResponse.BodyHandlers.discarding());
      assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
      assertThat(compressed.headers().allValues("Set-Cookie")).isEmpty();
      var posted = first.comment(id, "Nadia", "Posted from a page that carried no token.");
      assertThat(posted.statusCode()).isEqualTo(303);
      assertThat(site.app().comments().published(id)).hasSize(27).last().satisfies(c -> assertThat(c.name()).isEqualTo("Nadia"));
    }
  }

  @Test
  void an_older_browser_that_does_not_say_where_its_form_comes_from_is_refused_once_and_given_the_token()
      throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      long id = storyId(site);
      String path = "/news/" + id + "/" + SLUG;
      FormClient older = FormClient.older(site);
      older.get(path);
      var refused = older.comment(id, "Omar", "Sent from a page that carried no token.");
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).contains("reload the page, and try again");
      assertThat(older.formToken()).isNotNull();
      assertThat(older.get(path).body()).contains("name=\"csrf\" value=\"" + older.formToken() + "\"");
      var posted = older.comment(id, "Omar", "Sent again, with the token.");
      assertThat(posted.statusCode()).isEqualTo(303);
      assertThat(site.app().comments().published(id))
          .hasSize(27)
          .extracting(c -> c.text())
          .contains("Sent again, with the token.")
          .doesNotContain("Sent from a page that carried no token.");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_reader_recommends_a_comment_once_and_sees_the_count(DatabaseKind kind) throws Exception {
    try (TestServer site = site(kind)) {
      long id = storyId(site);
      String path = "/news/" + id + "/" + SLUG;
      FormClient reader = new FormClient(site);
      long target = Pages.commentIds(reader.get(path + "?sort=newest").body()).get(0);
      String recommend = "/news/" + id + "/comments/" + target + "/recommend";
      var first = reader.post(recommend, Map.of("sort", "newest"));
      assertThat(first.statusCode()).isEqualTo(303);
      assertThat(first.headers().firstValue("Location"))
          .hasValue(path + "?sort=newest&recommended=" + target + "#comment-" + target);
      assertThat(reader.cookie("broadsheet_reader")).matches("[A-Za-z0-9_-]{32}\\.[A-Za-z0-9_-]{22}");
      assertThat(reader.post(recommend, Map.of()).statusCode()).isEqualTo(303);
      FormClient other = new FormClient(site);
      other.get(path);
      other.post(recommend, Map.of());
      String html = reader.follow(first).body();
      String comment = html.substring(html.indexOf("id=\"comment-" + target + "\""));
      assertThat(comment.substring(0, comment.indexOf("</form>"))).contains("<span class=\"count\">2</span>");
      assertThat(reader.post("/news/" + id + "/comments/999999/recommend", Map.of()).statusCode()).isEqualTo(404);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_closed_story_says_so_instead_of_the_form_and_refuses_posts_with_409(DatabaseKind kind) throws Exception {
    try (TestServer site = site(kind)) {
      long id = storyId(site);
      String path = "/news/" + id + "/" + SLUG;
      FormClient reader = new FormClient(site);
      assertThat(reader.get(path).body()).contains("<form class=\"comment-form\" id=\"comment-form\"");
      site.app().articles().setCommentsClosed(id, true);
      String html = reader.get(path).body();
      assertThat(html)
          .contains("Comments are closed")
          .doesNotContain("<form class=\"comment-form\"")
          .doesNotContain("class=\"reply-link\"");
      long last = site.app().comments().lastPublishedId(id);
      assertThat(reader.get(path + "/comments/" + last + "/reply").body()).contains("Comments are closed");
      var posted = reader.comment(id, "Late", "Too late?");
      assertThat(posted.statusCode()).isEqualTo(409);
      assertThat(posted.body()).contains("Comments are closed").contains("Comments on this story are closed.");
      assertThat(reader.reply(id, last, "Late", "Too late?").statusCode()).isEqualTo(409);
      assertThat(site.app().comments().published(id)).hasSize(26);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void comments_close_by_themselves_the_set_number_of_days_after_publication(DatabaseKind kind) throws Exception {
    AppConfig config = new AppConfig(TestDatabases.fresh(kind, temp), ZoneId.of("UTC"), Map.of()).withCommentsCloseAfterDays(30);
    App app = new App(config, Clock.fixed(TestApps.NOW, ZoneOffset.UTC));
    try (TestServer site = TestServer.on(app, WebSettings.loopbackAnyPort()).withStories(ReferenceSample.file())) {
      long id = storyId(site);
      FormClient reader = new FormClient(site);
      assertThat(reader.get("/news/" + id + "/" + SLUG).body()).contains("Comments are closed").doesNotContain("<form class=\"comment-form\"");
      assertThat(reader.comment(id, "Late", "Years later").statusCode()).isEqualTo(409);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_request_over_64_kilobytes_gets_413(DatabaseKind kind) throws Exception {
    try (TestServer site = site(kind)) {
      long id = storyId(site);
      FormClient reader = new FormClient(site);
      reader.get("/news/" + id + "/" + SLUG);
      var tooLarge = reader.comment(id, "Big", "y".repeat(70 * 1024));
      assertThat(tooLarge.statusCode()).isEqualTo(413);
      assertThat(tooLarge.body()).contains("too long to send");
      assertThat(site.app().comments().published(id)).hasSize(26);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void posting_faster_than_the_rate_limit_gets_429_with_retry_after(DatabaseKind kind) throws Exception {
    var settings = WebSettings.loopbackAnyPort().withPostRateLimit(2);
    try (TestServer site = TestServer.start(TestDatabases.fresh(kind, temp), settings)
        .withStories(ReferenceSample.file())) {
      long id = storyId(site);
      FormClient reader = new FormClient(site);
      reader.get("/news/" + id + "/" + SLUG);
      assertThat(reader.comment(id, "One", "First").statusCode()).isEqualTo(303);
      assertThat(reader.comment(id, "Two", "Second").statusCode()).isEqualTo(303);
      var third = reader.comment(id, "Three", "Third");
      assertThat(third.statusCode()).isEqualTo(429);
      long retryAfter = Long.parseLong(third.headers().firstValue("Retry-After").orElseThrow());
      assertThat(retryAfter).isBetween(1L, 60L);
      assertThat(third.body()).contains("Please slow down");
      assertThat(site.app().comments().published(id)).hasSize(28);
    }
  }
}
