package news.broadsheet.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.Eventually;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Story pages served from the cache before the router are logged and measured like the rest. */
class StoryPageOperationsTest {

  private static final String SLUG = "us-pakistan-inch-towards-better-relations";

  @TempDir Path temp;

  @Test
  void a_cached_story_page_gets_its_access_log_line_its_request_measurement_and_a_cache_hit() throws Exception {
    Logger access = (Logger) LoggerFactory.getLogger("news.broadsheet.access");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    access.addAppender(lines);
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      String path = "/news/" + site.app().articles().latest(1, 0).get(0).id() + "/" + SLUG;
      assertThat(site.get(path).statusCode()).isEqualTo(200);
      assertThat(site.get(path).statusCode()).isEqualTo(200);
      Eventually.within(Duration.ofSeconds(5), () -> lines.list.size() >= 2);
      List<String> logged = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
      assertThat(logged).hasSize(2).allMatch(line -> line.matches("GET " + path + " 200 \\d+\\.\\d ms"));
      String metrics = site.metrics();
      assertThat(metrics)
          .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/news/{id}/{slug}\",status=\"200\"} 2")
          .contains("broadsheet_page_cache_total{result=\"miss\"} 1.0")
          .contains("broadsheet_page_cache_total{result=\"hit\"} 1.0");
    } finally {
      access.detachAppender(lines);
    }
  }
}
