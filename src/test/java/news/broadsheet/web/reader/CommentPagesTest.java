package news.broadsheet.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.Pages;
import news.broadsheet.testing.SmallCorpus;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A long discussion comes in pages of 50 threads, with links that work without JavaScript. */
class CommentPagesTest {

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_discussion_of_120_comments_has_three_pages_linked_in_every_order(DatabaseKind kind) throws Exception {
    SmallCorpus.write(temp.resolve("corpus"), 1, 120);
    try (TestServer site = TestServer.start(kind, temp).withStories(temp.resolve("corpus/story-00000.txt"))) {
      Article story = site.app().articles().latest(1, 0).get(0);
      String path = "/news/" + story.id() + "/" + story.slug();
      String first = site.get(path).body();
      assertThat(Pages.commentIds(first)).hasSize(50);
      assertThat(first)
          .contains("<h2 id=\"comments-title\">120 comments</h2>")
          .contains("<a href=\"" + path + "?page=2#comments\" rel=\"next\">")
          .contains("<a href=\"" + path + "?page=3#comments\">3</a>")
          .doesNotContain("rel=\"prev\"");
      var third = site.get(path + "?page=3");
      assertThat(third.statusCode()).isEqualTo(200);
      assertThat(Pages.commentIds(third.body())).hasSize(20);
      assertThat(Pages.commentNames(third.body()).get(0)).isEqualTo("Reader " + (100 % 17));
      assertThat(third.body()).contains("<a href=\"" + path + "?page=2#comments\" rel=\"prev\">").doesNotContain("rel=\"next\"");
      assertThat(site.get(path + "?page=4").statusCode()).isEqualTo(404);
      assertThat(site.get(path + "?page=0").statusCode()).isEqualTo(404);
      String newest = site.get(path + "?sort=newest&page=2").body();
      assertThat(newest).contains("<a href=\"" + path + "?sort=newest&amp;page=3#comments\" rel=\"next\">");
      assertThat(Pages.commentIds(newest).get(0)).isEqualTo(Pages.commentIds(third.body()).get(19) - 50);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_permalink_leads_to_the_page_of_its_thread_even_for_a_reply(DatabaseKind kind) throws Exception {
    SmallCorpus.write(temp.resolve("corpus"), 1, 120);
    try (TestServer site = TestServer.start(kind, temp).withStories(temp.resolve("corpus/story-00000.txt"))) {
      Article story = site.app().articles().latest(1, 0).get(0);
      String path = "/news/" + story.id() + "/" + story.slug();
      List<Long> secondPage = Pages.commentIds(site.get(path + "?page=2").body());
      long onSecondPage = secondPage.get(5);
      Comment reply = site.app().posting().post(new CommentDraft(story.id(), onSecondPage, "Sana", "Well put.", null));
      var permalink = site.get(path + "/comments/" + reply.id());
      assertThat(permalink.statusCode()).isEqualTo(302);
      assertThat(permalink.headers().firstValue("Location")).hasValue(path + "?page=2#comment-" + reply.id());
      var viaOldSlug = site.get("/news/" + story.id() + "/old-slug/comments/" + onSecondPage);
      assertThat(viaOldSlug.headers().firstValue("Location")).hasValue(path + "?page=2#comment-" + onSecondPage);
      assertThat(site.get(path + "?page=2").body()).contains("id=\"comment-" + reply.id() + "\"");
      Comment newThread = site.app().posting().post(new CommentDraft(story.id(), null, "Sana", "A new thread.", null));
      assertThat(site.get(path + "/comments/" + newThread.id()).headers().firstValue("Location"))
          .hasValue(path + "?page=3#comment-" + newThread.id());
    }
  }
}
