package news.broadsheet.web.abuse;

import static news.broadsheet.testing.ApiCalls.post;
import static news.broadsheet.testing.ApiCalls.referenceStory;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.testing.ApiCalls;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.EventStream;
import news.broadsheet.testing.StaffLogins;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markup a reader types reaches every place that shows a comment as text, never as markup: the
 * comments' feed, the live stream's ready-drawn item and the moderators' queue; the API gives it
 * back as data, in JSON no browser takes for a page. (The
 * story page, its reply page and its structured data: {@code XssTest}.)
 */
class MarkupEverywhereTest {

  private static final String NAME = "<script>alert(1)</script>";
  private static final String TEXT = "\"><img src=x onerror=alert(2)> </script><script>alert(3)</script>";

  @TempDir Path temp;

  @Test
  void a_comments_markup_is_inert_in_the_feed_the_live_stream_the_api_and_the_moderation_queue() throws Exception {
    try (TestServer site = StaffLogins.siteWithStaff(DatabaseKind.SQLITE, temp)) {
      long id = referenceStory(site);
      long before = site.app().comments().lastPublishedId(id);
      String stream = site.url("/api/v1/articles/" + id + "/comments/stream");
      try (EventStream live = EventStream.open(site.client(), stream, Long.toString(before))) {
        String json = "{\"name\":" + ApiCalls.JSON.writeValueAsString(NAME) + ",\"text\":"
            + ApiCalls.JSON.writeValueAsString(TEXT) + "}";
        assertThat(post(site, id, json).statusCode()).isEqualTo(201);
        EventStream.Event event = live.next(Duration.ofSeconds(10));
        assertThat(event).isNotNull();
        JsonNode data = ApiCalls.JSON.readTree(event.data());
        assertThat(data.get("name").asText()).isEqualTo(NAME);
        assertInert(data.get("html").asText());
      }

      String feed = site.get("/news/" + id + "/comments.atom").body();
      assertInert(feed);
      assertThat(feed).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
      var api = site.get("/api/v1/articles/" + id + "/comments?sort=newest&limit=1");
      assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
      assertThat(api.headers().firstValue("X-Content-Type-Options")).as("data, never sniffed as a page").hasValue("nosniff");
      assertThat(ApiCalls.JSON.readTree(api.body()).get("items").get(0).get("text").asText()).isEqualTo(TEXT);

      site.app().premoderation().setStory(id, true, Moderator.named("Mona"));
      String held = "{\"name\":\"Held\",\"text\":" + ApiCalls.JSON.writeValueAsString(TEXT) + "}";
      assertThat(post(site, id, held).statusCode()).isEqualTo(201);
      String queue = StaffLogins.loggedIn(site, "Mona").get("/admin/moderation").body();
      assertInert(queue);
      assertThat(queue).contains("&lt;img src=x onerror=alert(2)&gt;");
    }
  }

  private static void assertInert(String markup) {
    assertThat(markup).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("onerror=alert(2)>");
  }
}
