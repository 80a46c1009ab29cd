package news.broadsheet.web.reader;

import static news.broadsheet.testing.ApiCalls.referenceStory;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import news.broadsheet.archive.ArchiveReader;
import news.broadsheet.archive.ArchivedComment;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.comment.CommentTimeFormat;
import news.broadsheet.testing.Chromium;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reference story in a real browser (headless Chromium): its comments, and live updates that
 * read exactly like the comments the page came with.
 */
class StoryPageBrowserTest {

  private static final Duration A_FEW_SECONDS = Duration.ofSeconds(5);

  @TempDir Path temp;

  @Test
  void the_reference_story_shows_all_26_comments_with_names_and_times_in_order() throws Exception {
    List<ArchivedComment> expected = new ArchiveReader().read(ReferenceSample.file()).comments();
    WebDriver browser = Chromium.start(temp);
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      browser.get(site.url("/news/" + referenceStory(site)));
      assertThat(browser.getTitle()).isEqualTo("US, Pakistan inch towards better relations — Broadsheet");
      List<WebElement> comments = browser.findElements(By.cssSelector("li.comment"));
      assertThat(comments).hasSize(26);
      for (int i = 0; i < 26; i++) {
        WebElement comment = comments.get(i);
        assertThat(comment.findElement(By.cssSelector(".comment-name")).getText()).isEqualTo(expected.get(i).name());
        assertThat(comment.findElement(By.cssSelector("time")).getText())
            .isEqualTo(CommentTimeFormat.format(expected.get(i).postedLocal()));
      }
    } finally {
      browser.quit();
    }
  }

  @Test
  void a_comment_posted_in_one_browser_appears_live_in_the_other_once_even_after_a_dropped_connection()
      throws Exception {
    WebDriver poster = Chromium.start(temp);
    WebDriver reader = Chromium.start(temp);
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      long story = referenceStory(site);
      poster.get(site.url("/news/" + story));
      reader.get(site.url("/news/" + story));
      waitForStream(site, 2);

      long comment = postFrom(poster, story, Map.of("name", "Second <b>browser</b>", "text", "Live <i>now</i>."));
      WebElement arrived = waitFor(reader, "comment-" + comment);
      assertThat(arrived.findElement(By.cssSelector(".comment-name")).getText()).isEqualTo("Second <b>browser</b>");
      assertThat(arrived.getText()).contains("Live <i>now</i>.");
      assertThat(reader.findElements(By.cssSelector("li.comment"))).hasSize(27);
      assertThat(reader.findElement(By.cssSelector("[aria-live=polite]")).getText()).isEqualTo("1 new comment");
      waitFor(poster, "comment-" + comment);

      long parent = site.app().comments().published(story).get(0).id();
      long reply = postFrom(poster, story, Map.of("name", "Replier", "text", "Under the first.", "parentId", parent));
      WebElement underParent = waitFor(reader, "comment-" + reply);
      assertThat(underParent.findElement(By.xpath("..")).getAttribute("class")).isEqualTo("replies");
      assertThat(underParent.findElement(By.xpath("../..")).getAttribute("id")).isEqualTo("comment-" + parent);

      site.server().liveStreams().endAll(); // the connection drops; EventSource reconnects by itself
      long missed = postFrom(poster, story, Map.of("name", "While away", "text", "Posted during the drop."));
      waitFor(reader, "comment-" + missed);
      assertThat(reader.findElement(By.cssSelector("[aria-live=polite]")).getText()).isEqualTo("3 new comments");
      assertThat(reader.findElements(By.cssSelector("li.comment"))).hasSize(29);
      Object ids =
          ((JavascriptExecutor) reader).executeScript(
              "var ids = Array.from(document.querySelectorAll('li.comment')).map(function (li) { return li.id; });"
                  + "return ids.length - new Set(ids).size;");
      assertThat(((Number) ids).intValue()).as("no comment twice").isZero();
    } finally {
      poster.quit();
      reader.quit();
    }
  }

  @Test
  void a_comment_arriving_live_in_urdu_script_has_the_very_markup_of_one_the_page_came_with_and_can_be_recommended()
      throws Exception {
    WebDriver reader = Chromium.start(temp);
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      long story = referenceStory(site);
      long top = site.app().comments().published(story).get(0).id();
      long deepest = top;
      for (int level = 1; level <= CommentViews.MAX_DEPTH; level++) { // a thread as deep as the page nests
        deepest = post(site, story, deepest, "قاری " + level, "جواب " + level).id();
      }
      reader.get(site.url("/news/" + story));
      waitForStream(site, 1);

      long comment = post(site, story, null, "ثنا خان", "پہلا پیراگراف، https://example.org/a پر۔\n\nدوسرا پیراگراف۔").id();
      long reply = post(site, story, deepest, "عمر", "آخری سطح پر جواب۔").id(); // under the last level
      long deeper = post(site, story, reply, "زینب", "اس سے بھی نیچے۔").id(); // in the same list, "replying to"
      WebElement arrived = waitFor(reader, "comment-" + comment);
      waitFor(reader, "comment-" + deeper);
      WebElement name = arrived.findElement(By.cssSelector(".comment-head > .comment-name"));
      assertThat(name.getTagName()).isEqualTo("bdi");
      assertThat(name.getText()).isEqualTo("ثنا خان");
      List<WebElement> paragraphs = arrived.findElements(By.cssSelector(".comment-text > p"));
      assertThat(paragraphs).hasSize(2).allSatisfy(p -> {
        assertThat(p.getAttribute("dir")).isEqualTo("auto");
        assertThat(p.getCssValue("direction")).as("Urdu reads right to left").isEqualTo("rtl");
      });
      assertThat(paragraphs.get(0).findElement(By.tagName("a")).getAttribute("href")).isEqualTo("https://example.org/a");
      String live = outerHtml(reader, "comment-" + comment);
      String liveThread = outerHtml(reader, "comment-" + top);

      // The live comment's form carries this reader's token: the recommendation counts, and the
      // page it comes back to is drawn by the server.
      arrived.findElement(By.cssSelector("button.recommend-button")).click();
      new WebDriverWait(reader, A_FEW_SECONDS).until(b -> site.app().comments().find(comment).orElseThrow().recommendations() == 1);
      WebElement served = waitFor(reader, "comment-" + comment);
      assertThat(served.findElement(By.cssSelector(".count")).getText()).isEqualTo("1");
      assertThat(outerHtml(reader, "comment-" + comment))
          .isEqualTo(live.replace("<span class=\"count\">0</span>", "<span class=\"count\">1</span>"));
      assertThat(outerHtml(reader, "comment-" + top)).as("replies nested as the page nests them").isEqualTo(liveThread);
      assertThat(reader.findElement(By.id("comment-" + deeper)).findElement(By.cssSelector(".in-reply-to")).getText())
          .isEqualTo("replying to عمر");
    } finally {
      reader.quit();
    }
  }

  private static Comment post(TestServer site, long story, Long parent, String name, String text) {
    return site.app().posting().post(new CommentDraft(story, parent, name, text, null));
  }

  /** The element's markup; white space between elements aside, which a list's items differ by. */
  private static String outerHtml(WebDriver browser, String id) {
    String html = (String) ((JavascriptExecutor) browser).executeScript("return document.getElementById(arguments[0]).outerHTML;", id);
    return html.replaceAll(">\\s+<", "><");
  }

  private static void waitForStream(TestServer site, int streams) throws InterruptedException {
    news.broadsheet.testing.Eventually.within(A_FEW_SECONDS, () -> site.server().liveStreams().openStreams() >= streams);
  }

  private static WebElement waitFor(WebDriver browser, String id) {
    return new WebDriverWait(browser, A_FEW_SECONDS).until(b -> b.findElements(By.id(id)).stream().findFirst().orElse(null));
  }

  /** Posts through the JSON API from the browser's own page, as a script on it would. */
  private static long postFrom(WebDriver browser, long story, Map<String, Object> comment) {
    Object id =
        ((JavascriptExecutor) browser).executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/articles/' + arguments[0] + '/comments', {method: 'POST',"
                + " headers: {'Content-Type': 'application/json'}, body: JSON.stringify(arguments[1])})"
                + ".then(function (r) { return r.json(); }).then(function (c) { done(c.id); })"
                + ".catch(function (e) { done(String(e)); });",
            story,
            comment);
    assertThat(id).as("the API's answer").isInstanceOf(Number.class);
    return ((Number) id).longValue();
  }
}
