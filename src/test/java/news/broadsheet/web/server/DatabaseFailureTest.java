package news.broadsheet.web.server;

import static news.broadsheet.testing.ApiCalls.assertError;
import static news.broadsheet.testing.ApiCalls.post;
import static news.broadsheet.testing.ApiCalls.referenceStory;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.comment.Comment;
import news.broadsheet.storage.DatabaseLocation;
import news.broadsheet.testing.Eventually;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.SmallDisk;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database fails, the server does not: with PostgreSQL stopped, or SQLite's disk full, pages in
 * memory still serve, posts answer 503 with Retry-After and store nothing, /healthz says why, every
 * comment acknowledged before is kept, and service resumes by itself when the database returns.
 */
class DatabaseFailureTest {

  private static final String SLUG = "us-pakistan-inch-towards-better-relations";

  @TempDir Path temp;

  @Test
  void with_postgresql_stopped_posts_answer_503_and_service_resumes_when_it_returns() throws Exception {
    Path cluster = temp.resolve("cluster");
    int port = freePort();
    EmbeddedPostgres postgres = postgres(cluster, port);
    try {
      try (Connection connection = postgres.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE failing");
      }
      DatabaseLocation location =
          new DatabaseLocation(temp.resolve("data"), postgres.getJdbcUrl("postgres", "failing"), "postgres", null);
      try (TestServer site = TestServer.start(location, WebSettings.loopbackAnyPort()).withStories(ReferenceSample.file())) {
        long id = referenceStory(site);
        String story = "/news/" + id + "/" + SLUG;
        FormClient reader = new FormClient(site);
        assertThat(reader.get(story).statusCode()).isEqualTo(200);
        assertThat(site.get(story).statusCode()).isEqualTo(200);
        assertThat(post(site, id, "{\"name\":\"Before\",\"text\":\"Acknowledged before the outage.\"}").statusCode()).isEqualTo(201);
        assertThat(site.get(story).statusCode()).isEqualTo(200);

        postgres.close();
        assertThat(site.get(story).statusCode()).as("a page in memory").isEqualTo(200);
        HttpResponse<String> refused = post(site, id, "{\"name\":\"During\",\"text\":\"Sent during the outage.\"}");
        assertError(refused, 503, "unavailable", null);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("10");
        HttpResponse<String> form = reader.comment(id, "During", "Sent from the form during the outage.");
        assertThat(form.statusCode()).isEqualTo(503);
        assertThat(form.body()).contains("Nothing you sent was stored");
        HttpResponse<String> health = site.get("/healthz");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).isEqualTo("unavailable: the database does not answer");

        postgres = postgres(cluster, port);
        Eventually.within(Duration.ofSeconds(60), () -> status(site, "/healthz") == 200);
        assertThat(post(site, id, "{\"name\":\"After\",\"text\":\"Posted after the outage.\"}").statusCode()).isEqualTo(201);
        assertThat(site.app().comments().published(id)).extracting(Comment::text)
            .contains("Acknowledged before the outage.", "Posted after the outage.")
            .doesNotContain("Sent during the outage.", "Sent from the form during the outage.");
      }
    } finally {
      postgres.close();
    }
  }

  @Test
  void with_sqlites_disk_full_posts_answer_503_nothing_acknowledged_is_lost_and_service_resumes() throws Exception {
    Path disk = temp.resolve("disk");
    SmallDisk.mount(disk, "16m");
    try (TestServer site = TestServer.start(DatabaseLocation.embedded(disk.resolve("data")), WebSettings.loopbackAnyPort())
        .withStories(ReferenceSample.file())) {
      long id = referenceStory(site);
      String story = "/news/" + id + "/" + SLUG;
      assertThat(site.get(story).statusCode()).isEqualTo(200);
      Path filler = disk.resolve("filler");
      SmallDisk.fill(filler);

      List<String> acknowledged = new ArrayList<>();
      HttpResponse<String> refused = null;
      for (int i = 0; i < 400 && refused == null; i++) {
        String text = "Comment " + i + " " + "x".repeat(4_900);
        HttpResponse<String> answer = post(site, id, "{\"name\":\"Filler\",\"text\":\"" + text + "\"}");
        if (answer.statusCode() == 201) {
          acknowledged.add(text);
        } else {
          refused = answer;
        }
      }
      assertThat(refused).as("a post refused once the disk is full").isNotNull();
      assertError(refused, 503, "unavailable", null);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("10");
      assertThat(site.get("/healthz").body()).isEqualTo("unavailable: the database's disk is full");
      assertThat(site.get("/healthz").statusCode()).isEqualTo(503);

      Files.delete(filler);
      assertThat(post(site, id, "{\"name\":\"After\",\"text\":\"Posted once there was room.\"}").statusCode()).isEqualTo(201);
      assertThat(site.get("/healthz").statusCode()).isEqualTo(200);
      List<String> stored = site.app().comments().published(id).stream().map(Comment::text).toList();
      assertThat(stored).containsAll(acknowledged).contains("Posted once there was room.");
      assertThat(stored).filteredOn(text -> text.startsWith("Comment ")).hasSize(acknowledged.size());
    } finally {
      SmallDisk.unmount(disk);
    }
  }

  private static int status(TestServer site, String path) {
    try {
      return site.get(path).statusCode();
    } catch (Exception failed) {
      return 0;
    }
  }

  private static EmbeddedPostgres postgres(Path cluster, int port) throws IOException {
    return EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false).setPort(port).start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
