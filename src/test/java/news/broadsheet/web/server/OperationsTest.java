package news.broadsheet.web.server;

import static news.broadsheet.testing.ApiCalls.post;
import static news.broadsheet.testing.ApiCalls.referenceStory;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.EventStream;
import news.broadsheet.testing.Eventually;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What operators see: metrics in Prometheus format, one access-log line per request, a quick stop. */
class OperationsTest {

  @TempDir Path temp;

  @Test
  void metrics_count_requests_by_route_pattern_and_status_and_comments_by_status() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
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
      var metrics = site.get("/metrics");
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

  private static String scrape(TestServer site) {
    try {
      return site.get("/metrics").body();
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
}
