package news.broadsheet.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import news.broadsheet.App;
import news.broadsheet.article.Article;
import news.broadsheet.config.AppConfig;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.MutableClock;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.StoryFiles;
import news.broadsheet.testing.TestDatabases;
import news.broadsheet.testing.TestServer;
import news.broadsheet.web.server.WebSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Story pages are kept rendered in memory, yet every change to what one shows is on the very
 * next request: comments closed or reopened, a moderator's decision, a comment hidden by readers'
 * reports, a newer version of the story imported, comments closing at their set time.
 */
class StoryPageChangesTest {

  private static final String SLUG = "us-pakistan-inch-towards-better-relations";
  private static final String FORM = "<form class=\"comment-form\" id=\"comment-form\"";
  private static final Moderator MODERATOR = Moderator.named("Saima");

  @TempDir Path temp;

  private TestServer site() throws Exception {
    return TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file());
  }

  private static long storyId(TestServer site) {
    return site.app().articles().latest(1, 0).get(0).id();
  }

  @Test
  void closing_and_reopening_comments_shows_on_the_very_next_request() throws Exception {
    try (TestServer site = site()) {
      long id = storyId(site);
      String path = "/news/" + id + "/" + SLUG;
      FormClient reader = new FormClient(site);
      assertThat(reader.get(path).body()).contains(FORM); // now kept in memory
      site.app().articles().setCommentsClosed(id, true);
      assertThat(reader.get(path).body())
          .contains("Comments are closed: this story no longer takes new comments.")
          .doesNotContain(FORM)
          .doesNotContain("class=\"reply-link\"");
      site.app().articles().setCommentsClosed(id, false);
      assertThat(reader.get(path).body()).contains(FORM).contains("class=\"reply-link\"");
    }
  }

  @Test
  void a_moderators_rejection_or_spam_hides_a_comment_and_approval_shows_it_on_the_very_next_request() throws Exception {
    try (TestServer site = site()) {
      Watch watch = Watch.comment(site, 0);
      assertThat(watch.page()).contains(watch.shown()).contains("26 comments");
      site.app().moderation().reject(watch.comment(), MODERATOR, "off topic");
      assertThat(watch.page()).doesNotContain(watch.shown()).contains("25 comments");
      site.app().moderation().approve(watch.comment(), MODERATOR, null);
      assertThat(watch.page()).contains(watch.shown()).contains("26 comments");
      site.app().moderation().markSpam(watch.comment(), MODERATOR, null);
      assertThat(watch.page()).doesNotContain(watch.shown()).contains("25 comments");
    }
  }

  @Test
  void a_comment_hidden_by_readers_reports_is_gone_on_the_very_next_request() throws Exception {
    try (TestServer site = site()) {
      Watch watch = Watch.comment(site, 3);
      for (int report = 1; report < 3; report++) {
        assertThat(site.app().reports().report(watch.comment(), "reader-" + report, "insulting").hidden()).isFalse();
      }
      assertThat(watch.page()).contains(watch.shown());
      assertThat(site.app().reports().report(watch.comment(), "reader-3", "insulting").hidden()).isTrue();
      assertThat(watch.page()).doesNotContain(watch.shown()).contains("25 comments");
    }
  }

  /** A reader watching one comment on the reference story's page. */
  private record Watch(FormClient reader, String path, long comment) {

    static Watch comment(TestServer site, int index) {
      long id = storyId(site);
      return new Watch(new FormClient(site), "/news/" + id + "/" + SLUG, site.app().comments().published(id).get(index).id());
    }

    String page() throws Exception {
      return reader.get(path).body();
    }

    String shown() {
      return "id=\"comment-" + comment + "\"";
    }
  }

  @Test
  void a_newer_version_of_the_story_imported_shows_its_text_and_new_comments_on_the_very_next_request()
      throws Exception {
    Path folder = temp.resolve("stories");
    String first =
        StoryFiles.story("Port traffic recovers", StoryFiles.comment("Amina", "May 14, 2024 10:00am", "Good news at last."));
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(StoryFiles.write(folder, "port.txt", first))) {
      Article story = site.app().articles().latest(1, 0).get(0);
      String path = "/news/" + story.id() + "/" + story.slug();
      FormClient reader = new FormClient(site);
      assertThat(reader.get(path).body()).contains("container traffic had recovered").contains("1 comment");
      String newer =
          first.replace("Updated May 14, 2024", "Updated May 15, 2024").replace("had recovered", "had doubled")
              + StoryFiles.comment("Bilal", "May 15, 2024 08:30am", "Doubled already?");
      site.withStories(StoryFiles.write(folder, "port-updated.txt", newer));
      assertThat(reader.get(path).body())
          .contains("container traffic had doubled")
          .doesNotContain("had recovered")
          .contains("Doubled already?")
          .contains("2 comments");
    }
  }

  @Test
  void comments_closing_at_their_set_time_show_as_closed_on_the_first_request_after_it() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2018-03-03T06:00:00Z"));
    AppConfig config =
        new AppConfig(TestDatabases.fresh(DatabaseKind.SQLITE, temp), ZoneId.of("UTC"), Map.of()).withCommentsCloseAfterDays(30);
    try (TestServer site = TestServer.on(new App(config, clock), WebSettings.loopbackAnyPort()).withStories(ReferenceSample.file())) {
      Article story = site.app().articles().latest(1, 0).get(0);
      Instant closes = site.app().commentsPolicy().closesAt(story);
      String path = "/news/" + story.id() + "/" + SLUG;
      FormClient reader = new FormClient(site);
      clock.set(closes.minusSeconds(1));
      assertThat(reader.get(path).body()).contains(FORM);
      clock.set(closes);
      assertThat(reader.get(path).body()).contains("Comments are closed").doesNotContain(FORM);
    }
  }
}
