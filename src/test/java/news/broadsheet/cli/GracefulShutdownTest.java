package news.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import news.broadsheet.App;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.storage.DatabaseLocation;
import news.broadsheet.testing.Eventually;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.ServeProcess;
import news.broadsheet.testing.TestApps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code broadsheet serve} stopped with SIGTERM while readers post: requests in flight finish,
 * and every comment acknowledged with 201 is in the database afterwards.
 */
class GracefulShutdownTest {

  private static final int POSTERS = 16;

  @TempDir Path temp;

  @Test
  void sigterm_lets_requests_in_flight_finish_and_loses_no_acknowledged_comment() throws Exception {
    Path data = temp.resolve("data");
    long story = importReferenceStory(data);
    try (ServeProcess serving =
        ServeProcess.start(temp.resolve("serve.log"), "--data", data.toString(), "--no-demo", "--post-rate-limit", "0")) {
      Process server = serving.process();
      int port = serving.port();
      String path = "/api/v1/articles/" + story + "/comments";
      String base = "http://127.0.0.1:" + port + path;
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
      Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
      Map<String, Integer> outcomes = new ConcurrentHashMap<>();
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService posters = Executors.newFixedThreadPool(POSTERS);
      for (int p = 0; p < POSTERS; p++) {
        int poster = p;
        posters.submit(() -> post(client, base, poster, stop, acknowledged, outcomes));
      }
      Eventually.within(Duration.ofSeconds(30), () -> acknowledged.size() >= 200);

      String slowAnswer;
      try (SlowPost slow = new SlowPost(port, path)) {
        Thread.sleep(1_000); // the slow request is in the server, waiting for the rest of its body
        server.destroy(); // SIGTERM
        Thread.sleep(1_000); // the server is stopping
        slowAnswer = slow.finish();
      }
      assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
      stop.set(true);
      posters.shutdown();
      assertThat(posters.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

      assertThat(slowAnswer).as("the request in flight finished").startsWith("HTTP/1.1 201 ");
      acknowledged.add(Long.parseLong(slowAnswer.replaceAll("(?s).*\"id\":(\\d+).*", "$1")));
      System.out.println("outcomes after SIGTERM: " + outcomes);
      assertThat(outcomes.get("201")).isGreaterThanOrEqualTo(200);
      assertThat(storedIds(data, story)).as("outcomes " + outcomes).containsAll(acknowledged);
      assertThat(serving.log()).doesNotContain("Exception");
    }
  }

  private static void post(
      HttpClient client, String url, int poster, AtomicBoolean stop, Set<Long> acknowledged, Map<String, Integer> outcomes) {
    for (int n = 0; !stop.get(); n++) {
      String outcome;
      try {
        HttpResponse<String> response = client.send(json(url, "{\"name\":\"Poster " + poster + "\",\"text\":\"Post " + n + "\"}"), HttpResponse.BodyHandlers.ofString());
        outcome = Integer.toString(response.statusCode());
        if (response.statusCode() == 201) {
          acknowledged.add(Long.parseLong(response.body().replaceAll(".*\"id\":(\\d+).*", "$1")));
        }
      } catch (IOException refused) {
        outcome = refused.getClass().getSimpleName();
        sleep(20);
      } catch (InterruptedException interrupted) {
        return;
      }
      outcomes.merge(outcome, 1, Integer::sum);
    }
  }

  /** A post sent by hand: its headers and the start of its body now, the rest later. */
  private static final class SlowPost implements AutoCloseable {
    private final Socket socket;
    private final byte[] body;

    SlowPost(int port, String path) throws IOException {
      this.socket = new Socket("127.0.0.1", port);
      this.body = "{\"name\":\"Slow poster\",\"text\":\"Sent while the server stops.\"}".getBytes(StandardCharsets.UTF_8);
      OutputStream out = socket.getOutputStream();
      out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, 10);
      out.flush();
    }

    /** Sends the rest of the body and reads the answer. */
    String finish() throws IOException {
      OutputStream out = socket.getOutputStream();
      out.write(body, 10, body.length - 10);
      out.flush();
      socket.setSoTimeout(30_000);
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  private static HttpRequest json(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static long importReferenceStory(Path data) throws Exception {
    try (App app = TestApps.on(DatabaseLocation.embedded(data))) {
      app.importer().importAll(List.of(ArchiveInput.file(ReferenceSample.file())), ImportProgress.SILENT);
      return app.articles().latest(1, 0).get(0).id();
    }
  }


  private static Set<Long> storedIds(Path data, long story) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("broadsheet.db"));
        Statement statement = connection.createStatement();
        ResultSet ids = statement.executeQuery("SELECT id FROM comments WHERE article_id = " + story)) {
      List<Long> stored = new ArrayList<>();
      while (ids.next()) {
        stored.add(ids.getLong(1));
      }
      return stored.stream().collect(Collectors.toSet());
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }


}
