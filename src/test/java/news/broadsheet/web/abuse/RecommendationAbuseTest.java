package news.broadsheet.web.abuse;

import static news.broadsheet.testing.ApiCalls.assertError;
import static news.broadsheet.testing.ApiCalls.json;
import static news.broadsheet.testing.ApiCalls.recommend;
import static news.broadsheet.testing.ApiCalls.referenceStory;
import static news.broadsheet.testing.ApiCalls.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import news.broadsheet.comment.Comment;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.Eventually;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestDatabases;
import news.broadsheet.testing.TestServer;
import news.broadsheet.web.page.Recommending;
import news.broadsheet.web.server.WebSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One client cannot recommend a comment many times: the reader key is one the server issued and
 * signed (a made-up one, in a header or a cookie, counts as the client's address), recommending is
 * rate limited, and a burst of recommendations does not make every reader's page be rendered again.
 */
class RecommendationAbuseTest {

  @TempDir Path temp;

  private static Comment aComment(TestServer site) {
    return site.app().comments().published(referenceStory(site)).get(2);
  }

  private static int count(TestServer site, long commentId) {
    return site.app().comments().find(commentId).orElseThrow().recommendations();
  }

  @Test
  void made_up_reader_keys_in_a_header_or_a_cookie_count_no_more_than_the_keys_the_client_may_be_issued()
      throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      long comment = aComment(site).id();
      int before = count(site, comment);
      for (int i = 0; i < 30; i++) {
        String madeUp = String.format("%032d", i);
        HttpResponse<String> answer = site.send(request(site, "/api/v1/comments/" + comment + "/recommend")
            .header("X-Reader-Key", "reader-" + i)
            .header("Sec-Fetch-Site", "same-origin")
            .header("Cookie", "broadsheet_reader=" + madeUp + "; reader=reader-" + i));
        assertThat(answer.statusCode()).isEqualTo(200);
      }
      assertThat(count(site, comment)).as("the keys issued to the client this hour, then its address")
          .isEqualTo(before + Recommending.KEYS_PER_HOUR + 1);
    }
  }

  @Test
  void a_browser_is_issued_a_signed_key_and_counts_once_and_another_browser_counts_too() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      Comment comment = aComment(site);
      String story = "/news/" + comment.articleId() + "/us-pakistan-inch-towards-better-relations";
      String path = "/news/" + comment.articleId() + "/comments/" + comment.id() + "/recommend";
      FormClient browser = new FormClient(site);
      browser.get(story);
      assertThat(browser.post(path, Map.of()).statusCode()).isEqualTo(303);
      String key = browser.cookie("broadsheet_reader");
      assertThat(key).matches("[A-Za-z0-9_-]{32}\\.[A-Za-z0-9_-]{22}");
      assertThat(browser.post(path, Map.of()).statusCode()).isEqualTo(303);
      assertThat(count(site, comment.id())).isEqualTo(comment.recommendations() + 1);

      assertThat(json(recommend(site, comment.id(), "another reader")).get("recommendations").asInt())
          .isEqualTo(comment.recommendations() + 2);
      String forged = key.substring(0, 33) + (key.charAt(33) == 'A' ? 'B' : 'A') + key.substring(34);
      HttpResponse<String> withForged = site.send(request(site, "/api/v1/comments/" + comment.id() + "/recommend")
          .header("Cookie", "broadsheet_reader=" + forged).header("Sec-Fetch-Site", "same-origin"));
      assertThat(json(withForged).get("recommendations").asInt()).as("a forged signature: the address, new here")
          .isEqualTo(comment.recommendations() + 3);
      assertThat(withForged.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("broadsheet_reader="));
    }
  }

  @Test
  void recommending_faster_than_the_limit_is_refused_with_429_and_counts_nothing() throws Exception {
    WebSettings settings = WebSettings.loopbackAnyPort().withLimits(3, 8, 100);
    try (TestServer site = TestServer.start(TestDatabases.fresh(DatabaseKind.SQLITE, temp), settings)
        .withStories(ReferenceSample.file())) {
      long comment = aComment(site).id();
      int before = count(site, comment);
      for (int i = 0; i < 3; i++) {
        assertThat(recommend(site, comment, "reader " + i).statusCode()).isEqualTo(200);
      }
      HttpResponse<String> tooFast = recommend(site, comment, "reader 4");
      assertError(tooFast, 429, "rate_limited", null);
      assertThat(Long.parseLong(tooFast.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
      assertThat(count(site, comment)).isEqualTo(before + 3);

      Comment other = site.app().comments().published(referenceStory(site)).get(4);
      FormClient browser = new FormClient(site);
      browser.get("/news/" + other.articleId() + "/us-pakistan-inch-towards-better-relations");
      HttpResponse<String> form =
          browser.post("/news/" + other.articleId() + "/comments/" + other.id() + "/recommend", Map.of());
      assertThat(form.statusCode()).isEqualTo(429);
      assertThat(form.headers().firstValue("Retry-After")).isPresent();
      assertThat(count(site, other.id())).isEqualTo(other.recommendations());
    }
  }

  @Test
  void a_burst_of_recommendations_renders_the_story_page_at_most_twice_a_second_and_the_count_shows_within_one() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      Comment comment = aComment(site);
      String story = "/news/" + comment.articleId() + "/us-pakistan-inch-towards-better-relations";
      assertThat(site.get(story).statusCode()).isEqualTo(200);
      assertThat(site.get(story).statusCode()).isEqualTo(200);
      assertThat(misses(site)).isEqualTo(1);
      long started = System.nanoTime();
      for (int i = 0; i < 10; i++) {
        assertThat(recommend(site, comment.id(), "reader " + i).statusCode()).isEqualTo(200);
        assertThat(site.get(story).statusCode()).isEqualTo(200);
      }
      // counts are shown afresh at most once per half second (the page cache's recount time)
      long halfSeconds = (System.nanoTime() - started) / 500_000_000L + 1;
      assertThat(misses(site) - 1).as("pages rendered again: at most once a half second, not for each recommendation")
          .isLessThanOrEqualTo(halfSeconds).isLessThan(10);
      String counted = "<span class=\"count\">" + (comment.recommendations() + 10) + "</span>";
      Eventually.within(Duration.ofSeconds(15), () -> page(site, story).contains(counted));
    }
  }

  private static String page(TestServer site, String path) {
    try {
      return site.get(path).body();
    } catch (Exception failed) {
      throw new AssertionError(failed);
    }
  }

  private static long misses(TestServer site) throws Exception {
    return site.metrics().lines()
        .filter(line -> line.startsWith("broadsheet_page_cache_total{result=\"miss\"}"))
        .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElse(0);
  }
}
