package news.broadsheet.web.server;

import static news.broadsheet.testing.ApiCalls.referenceStory;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.EventStream;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestDatabases;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The security headers on every kind of answer: pages, cached pages, errors, JSON, feeds, files, streams. */
class SecurityHeadersTest {

  @TempDir Path temp;

  @Test
  void every_kind_of_answer_carries_the_headers_and_hsts_when_the_site_is_https() throws Exception {
    WebSettings https = WebSettings.loopbackAnyPort().withPublicUrl("https://news.example.org");
    try (TestServer site = TestServer.start(TestDatabases.fresh(DatabaseKind.SQLITE, temp), https)
        .withStories(ReferenceSample.file())) {
      answers(site).forEach((kind, answer) -> {
        assertThat(header(answer, "X-Content-Type-Options")).as(kind).isEqualTo("nosniff");
        assertThat(header(answer, "Referrer-Policy")).as(kind).isEqualTo("strict-origin-when-cross-origin");
        assertThat(header(answer, "X-Frame-Options")).as(kind).isEqualTo("DENY");
        assertThat(answer.headers().allValues("Content-Security-Policy")).as(kind).singleElement().asString()
            .contains("frame-ancestors 'none'").contains("default-src '");
        assertThat(header(answer, "Strict-Transport-Security")).as(kind).isEqualTo("max-age=31536000");
        boolean html = header(answer, "Content-Type").startsWith("text/html");
        assertThat(header(answer, "Content-Security-Policy")).as(kind)
            .startsWith(html ? "default-src 'self'" : "default-src 'none'");
      });
    }
  }

  @Test
  void a_site_reached_over_plain_http_sends_no_hsts() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      answers(site).forEach((kind, answer) -> {
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).as(kind).isEmpty();
        assertThat(header(answer, "X-Content-Type-Options")).as(kind).isEqualTo("nosniff");
      });
    }
  }

  private static Map<String, HttpResponse<?>> answers(TestServer site) throws Exception {
    long id = referenceStory(site);
    String story = "/news/" + id + "/" + site.app().articles().find(id).orElseThrow().slug();
    Map<String, HttpResponse<?>> answers = new LinkedHashMap<>();
    answers.put("front page", site.get("/"));
    site.get(story);
    answers.put("story page from memory", site.get(story));
    answers.put("redirect", site.get("/news/" + id));
    answers.put("page not found", site.get("/no/such/page"));
    answers.put("login page", site.get("/login"));
    answers.put("staff page for a guest", site.get("/admin/moderation"));
    answers.put("forged form", new FormClient(site).postRaw("/news/" + id + "/comments", Map.of("name", "A", "text", "B")));
    answers.put("too large", site.send(HttpRequest.newBuilder(URI.create(site.url("/news/" + id + "/comments")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("text=" + "x".repeat(70_000)))));
    answers.put("json", site.get("/api/v1/articles/" + id));
    answers.put("json error", site.get("/api/v1/articles/424242"));
    answers.put("json refusal", site.send(HttpRequest.newBuilder(URI.create(site.url("/api/v1/articles/" + id + "/comments")))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}"))));
    answers.put("stream refused", site.get("/api/v1/articles/" + id + "/comments/stream"));
    answers.put("feed", site.get("/feeds/latest.atom"));
    answers.put("style sheet", site.get("/site.css"));
    answers.put("icon", site.get("/favicon.ico"));
    answers.put("health", site.get("/healthz"));
    answers.put("metrics not served", site.get("/metrics"));
    answers.put("head", site.send(HttpRequest.newBuilder(URI.create(site.url("/"))).method("HEAD", HttpRequest.BodyPublishers.noBody())));
    try (EventStream live = EventStream.open(site.client(), site.url("/api/v1/articles/" + id + "/comments/stream"), null)) {
      answers.put("live stream", live.response());
    }
    return answers;
  }

  private static String header(HttpResponse<?> answer, String name) {
    return answer.headers().firstValue(name).orElse("");
  }
}
