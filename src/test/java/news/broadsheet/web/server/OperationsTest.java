package news.broadsheet.web.server;

import static news.broadsheet.testing.ApiCalls.post;
import static news.broadsheet.testing.ApiCalls.referenceStory;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.EventStream;
import news.broadsheet.testing.Eventually;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestDatabases;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What operators see: metrics in Prometheus format, one access-log line per request, a quick stop. */
class OperationsTest {

  private static final String TOKEN = "a-long-metrics-token-for-tests";

  @TempDir Path temp;

  @Test
  void metrics_count_requests_by_route_pattern_and_status_and_comments_by_status() throws Exception {
    WebSettings settings = WebSettings.loopbackAnyPort().withMetrics(new MetricsAccess(TOKEN, 0));
    try (TestServer site = TestServer.start(TestDatabases.fresh(DatabaseKind.SQLITE, temp), settings)
        .withStories(ReferenceSample.file())) {
      long id = referenceStory(site);
      for (int i = 0; i < 3; i++) {
        assertThat(site.get("/api/v1/articles/" + id).statusCode()).isEqualTo(200);
      }
      site.get("/api/v1/articles/424242");
      site.get("/no/such/page");
      site.get("/site.css");
      post(site, id, "{\"name\":\"Counted\",\"text\":\"Once.\"}");

      String counted = "http_server_requests_seconds_count{method=\"POST\",route=\"/api/v1/articles/{id}/comments\",status=\"201\"} 1";
      // The measurement is taken as the answer leaves, so it may land just after the client has it.
      Eventually.within(Duration.ofSeconds(5), () -> scrape(site).contains(counted));
      var metrics = metrics(site, "Bearer " + TOKEN);
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
      assertThat(metrics.body())
          .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/articles/{id}\",status=\"200\"} 3")
          .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/articles/{id}\",status=\"404\"} 1")
          .contains("http_server_requests_seconds_count{method=\"GET\",route=\"unmatched\",status=\"404\"} 1")
          .contains("http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/v1/articles/{id}\",status=\"200\",le=\"0.25\"}")
          .contains("broadsheet_comments_posted_total{status=\"published\"} 1.0")
          .contains("broadsheet_page_cache_total{result=\"hit\"}")
          .contains("jvm_memory_used_bytes")
          .doesNotContain("route=\"/api/v1/articles/" + id + "\"");
    }
  }

  @Test
  void a_stopping_server_ends_live_streams_and_closes_idle_connections_without_waiting_for_the_idle_timeout()
      throws Exception {
    TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file());
    long id = referenceStory(site);
    long took;
    try (EventStream stream = EventStream.open(site.client(), site.url("/api/v1/articles/" + id + "/comments/stream"), null)) {
      assertThat(site.get("/api/v1/articles/" + id).statusCode()).isEqualTo(200); // its connection stays open, idle
      long started = System.nanoTime();
      site.close();
      took = System.nanoTime() - started;
      assertThat(stream.endsWithin(Duration.ofSeconds(1))).as("the live stream ended").isTrue();
    }
    assertThat(Duration.ofNanos(took)).isLessThan(Duration.ofMillis(Operations.STOP_IDLE_TIMEOUT_MILLIS));
  }

  @Test
  void metrics_are_served_to_holders_of_the_token_or_on_their_own_port_and_to_nobody_by_default() throws Exception {
    try (TestServer site = TestServer.start(TestDatabases.fresh(DatabaseKind.SQLITE, temp), WebSettings.loopbackAnyPort())) {
      assertThat(site.get("/metrics").statusCode()).isEqualTo(404);
    }
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    WebSettings settings = WebSettings.loopbackAnyPort().withMetrics(new MetricsAccess(TOKEN, port));
    try (TestServer site = TestServer.start(TestDatabases.fresh(DatabaseKind.SQLITE, temp.resolve("2")), settings)) {
      assertThat(metrics(site, null).statusCode()).isEqualTo(401);
      assertThat(metrics(site, null).headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"metrics\"");
      assertThat(metrics(site, "Bearer " + TOKEN.replace('a', 'b')).statusCode()).isEqualTo(401);
      assertThat(metrics(site, "Bearer " + TOKEN).statusCode()).isEqualTo(200);
      HttpClient client = HttpClient.newHttpClient();
      String own = "http://127.0.0.1:" + site.server().metricsPort();
      var scraped = client.send(HttpRequest.newBuilder(URI.create(own + "/metrics")).header("Authorization", "Bearer " + TOKEN).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(scraped.statusCode()).isEqualTo(200);
      assertThat(scraped.body()).contains("jvm_memory_used_bytes");
      assertThat(client.send(HttpRequest.newBuilder(URI.create(own + "/metrics")).build(), HttpResponse.BodyHandlers.ofString())
          .statusCode()).isEqualTo(401);
      assertThat(client.send(HttpRequest.newBuilder(URI.create(own + "/")).build(), HttpResponse.BodyHandlers.ofString())
          .statusCode()).as("nothing but /metrics on its port").isEqualTo(404);
    }
  }

  private static HttpResponse<String> metrics(TestServer site, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.url("/metrics"))).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return site.send(request);
  }

  private static String scrape(TestServer site) {
    try {
      return metrics(site, "Bearer " + TOKEN).body();
    } catch (Exception failed) {
      throw new AssertionError(failed);
    }
  }

  @Test
  void every_request_gets_one_access_log_line() throws Exception {
    Logger access = (Logger) LoggerFactory.getLogger("news.broadsheet.access");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    access.addAppender(lines);
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp)) {
      site.get("/healthz");
      site.get("/api/v1/articles?limit=5");
      site.get("/missing");
      Eventually.within(Duration.ofSeconds(5), () -> lines.list.size() >= 3);
      List<String> logged = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
      assertThat(logged).hasSize(3);
      assertThat(logged.get(0)).matches("GET /healthz 200 \\d+\\.\\d ms");
      assertThat(logged.get(1)).matches("GET /api/v1/articles 200 \\d+\\.\\d ms");
      assertThat(logged.get(2)).matches("GET /missing 404 \\d+\\.\\d ms");
    } finally {
      access.detachAppender(lines);
    }
  }

  @Test
  void a_form_over_the_size_limit_writes_its_access_log_line_and_no_warning_besides() throws Exception {
    Logger access = (Logger) LoggerFactory.getLogger("news.broadsheet.access");
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> accessLines = new ListAppender<>();
    ListAppender<ILoggingEvent> otherLines = new ListAppender<>();
    accessLines.start();
    otherLines.start();
    access.addAppender(accessLines);
    root.addAppender(otherLines);
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp)) {
      HttpResponse<String> refused = site.send(HttpRequest.newBuilder(URI.create(site.url("/login")))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("name=a&password=" + "x".repeat(70 * 1024))));
      assertThat(refused.statusCode()).isEqualTo(413);
      Eventually.within(Duration.ofSeconds(5), () -> !accessLines.list.isEmpty());
      assertThat(accessLines.list).extracting(ILoggingEvent::getFormattedMessage).anyMatch(line -> line.startsWith("POST /login 413"));
      assertThat(otherLines.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(line -> line.contains("max size"));
    } finally {
      access.detachAppender(accessLines);
      root.detachAppender(otherLines);
    }
  }
}
