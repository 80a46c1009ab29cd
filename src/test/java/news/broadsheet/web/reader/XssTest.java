package news.broadsheet.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.Pages;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What readers type is stored as typed and always comes back as text, never as markup. */
class XssTest {

  private static final String SLUG = "us-pakistan-inch-towards-better-relations";
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMG = "\"><img src=x onerror=alert(1)>";
  private static final String BREAKOUT = "</script><script>alert(2)</script>";

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void script_and_attribute_payloads_in_name_and_text_come_back_inert(DatabaseKind kind) throws Exception {
    try (TestServer site = TestServer.start(kind, temp).withStories(ReferenceSample.file())) {
      long id = site.app().articles().latest(1, 0).get(0).id();
      String path = "/news/" + id + "/" + SLUG;
      FormClient reader = new FormClient(site);
      reader.get(path);
      assertThat(reader.comment(id, SCRIPT, IMG + "\n\n" + BREAKOUT).statusCode()).isEqualTo(303);
      assertThat(reader.comment(id, IMG, "javascript:alert(3) and <a href=\"javascript:alert(4)\">click</a>").statusCode()).isEqualTo(303);
      String html = reader.get(path).body();
      assertThat(html)
          .doesNotContain(SCRIPT)
          .doesNotContain("<img")
          .doesNotContain("<script>alert")
          .doesNotContain("<a href=\"javascript")
          .contains("<bdi class=\"comment-name\">&lt;script&gt;alert(1)&lt;/script&gt;</bdi>")
          .contains("<p dir=\"auto\">\"&gt;&lt;img src=x onerror=alert(1)&gt;</p>")
          .contains("<p dir=\"auto\">javascript:alert(3) and &lt;a href=\"javascript:alert(4)\"&gt;click&lt;/a&gt;</p>");
      assertThat(Pages.commentNames(html)).contains(SCRIPT, IMG);
      // The remembered name goes back into the form escaped.
      assertThat(Pages.attribute(html, "<input id=\"comment-form-name\"", "value")).isEqualTo(IMG);
      assertThat(html).contains("value=\"&#34;>&lt;img src=x onerror=alert(1)>\"");
      // Structured data keeps the text but cannot end its script element (newest first, so that
      // the two comments are among the first the structured data carries).
      String json = Pages.jsonLd(reader.get(path + "?sort=newest").body());
      assertThat(json).doesNotContain("<").doesNotContain(">");
      JsonNode comments = new ObjectMapper().readTree(json).get("comment");
      assertThat(comments.get(1).get("author").get("name").asText()).isEqualTo(SCRIPT);
      assertThat(comments.get(1).get("text").asText()).isEqualTo(IMG + "\n\n" + BREAKOUT);
      assertThat(comments.get(0).get("author").get("name").asText()).isEqualTo(IMG);
      long scriptComment = site.app().comments().lastPublishedId(id) - 1;
      String reply = reader.get(path + "/comments/" + scriptComment + "/reply").body();
      assertThat(reply).contains("<h1>Replying to <bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi></h1>").doesNotContain(SCRIPT);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void plain_web_addresses_become_links_that_pass_no_ranking_and_other_schemes_stay_text(DatabaseKind kind)
      throws Exception {
    try (TestServer site = TestServer.start(kind, temp).withStories(ReferenceSample.file())) {
      long id = site.app().articles().latest(1, 0).get(0).id();
      // Three links would be held by the link check; this test is about how links are shown.
      site.app().settings().set("moderation.links.max", "5", "test");
      String path = "/news/" + id + "/" + SLUG;
      FormClient reader = new FormClient(site);
      reader.get(path);
      String text = "See https://example.org/report?a=1&b=2 (and http://dawn.com/news/1). \"https://x.org/\"><b>no</b> data:text/html,x JAVASCRIPT://x";
      reader.comment(id, "Linker", text);
      String html = reader.get(path).body();
      assertThat(html)
          .contains("See <a href=\"https://example.org/report?a=1&amp;b=2\" rel=\"nofollow ugc\">https://example.org/report?a=1&amp;b=2</a>")
          .contains("(and <a href=\"http://dawn.com/news/1\" rel=\"nofollow ugc\">http://dawn.com/news/1</a>).")
          .contains("\"<a href=\"https://x.org/\" rel=\"nofollow ugc\">https://x.org/</a>\"&gt;&lt;b&gt;no&lt;/b&gt; data:text/html,x JAVASCRIPT://x");
    }
  }
}
