package news.broadsheet.web.abuse;

import static news.broadsheet.testing.ApiCalls.referenceStory;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestDatabases;
import news.broadsheet.testing.TestServer;
import news.broadsheet.web.server.WebSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Many expensive requests at once, as an attacker sends them: the server answers each with a
 * clear status, never a 500, and goes on serving.
 */
class HeavyRequestsTest {

  private static final int PARALLEL = 100;

  @TempDir Path temp;

  private TestServer site() throws Exception {
    // Behind a trusted proxy, each request names its own client, as many attackers' machines would.
    WebSettings settings = WebSettings.loopbackAnyPort().withTrustedProxies(List.of("127.0.0.1"));
    return TestServer.start(TestDatabases.fresh(DatabaseKind.SQLITE, temp), settings).withStories(ReferenceSample.file());
  }

  @Test
  void a_hundred_parallel_logins_are_answered_without_a_500_and_the_busy_ones_hear_when_to_come_back() throws Exception {
    try (TestServer site = site()) {
      Map<Integer, Integer> statuses = inParallel(site, i -> form(site, "/login", "10.0." + i / 250 + "." + i % 250,
          "name=nobody-" + i + "&password=wrong+password+" + i));
      assertThat(statuses.keySet()).containsOnly(401, 503).contains(503);
      assertThat(site.get("/healthz").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void a_busy_answer_says_when_to_try_again() throws Exception {
    try (TestServer site = site()) {
      List<HttpResponse<String>> answers = sendAll(site, i -> form(site, "/login", "10.1.0." + i % 250,
          "name=nobody-" + i + "&password=wrong+password"));
      assertThat(answers).filteredOn(a -> a.statusCode() == 503).isNotEmpty().allSatisfy(busy -> {
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(busy.body()).contains("The site is busy just now. Please try again in a few seconds.");
      });
    }
  }

  @Test
  void a_hundred_bodies_over_the_limit_at_once_are_refused_with_413() throws Exception {
    try (TestServer site = site()) {
      long story = referenceStory(site);
      String big = "x".repeat(70 * 1024);
      Map<Integer, Integer> forms = inParallel(site, i -> form(site, "/news/" + story + "/comments", "10.2.0." + i % 250,
          "name=Big&text=" + big));
      Map<Integer, Integer> api = inParallel(site, i -> HttpRequest.newBuilder(URI.create(site.url("/api/v1/articles/" + story + "/comments")))
          .header("Content-Type", "application/json")
          .header("X-Forwarded-For", "10.3.0." + i % 250)
          .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Big\",\"text\":\"" + big + "\"}")));
      assertThat(forms.keySet()).containsOnly(413);
      assertThat(api.keySet()).containsOnly(413);
      assertThat(site.get("/healthz").statusCode()).isEqualTo(200);
      assertThat(site.app().comments().published(story)).hasSize(26);
    }
  }

  /**
   * A route refuses a body over the limit from its declared length, before it has arrived: the
   * client, still sending, hears the refusal once it has sent it all, and may go on using its
   * connection.
   */
  @ParameterizedTest
  @ValueSource(strings = {"/news/%d/comments application/x-www-form-urlencoded", "/api/v1/articles/%d/comments application/json"})
  void a_client_still_sending_a_body_over_the_limit_hears_the_413_and_keeps_its_connection(String route) throws Exception {
    try (TestServer site = site(); Socket socket = new Socket("127.0.0.1", site.server().port())) {
      String[] pathAndType = route.split(" ");
      String path = pathAndType[0].formatted(referenceStory(site));
      byte[] body = ("{\"name\":\"Slow\",\"text\":\"" + "x".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.US_ASCII);
      OutputStream out = socket.getOutputStream();
      out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nSec-Fetch-Site: same-origin\r\nContent-Type: "
          + pathAndType[1] + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, 8 * 1024);
      out.flush();
      InputStream in = socket.getInputStream();
      // A slow line: the rest comes once the server has answered, or after two seconds if it waits for it.
      for (long end = System.nanoTime() + 2_000_000_000L; in.available() == 0 && System.nanoTime() < end; ) {
        Thread.sleep(20);
      }
      out.write(body, 8 * 1024, body.length - 8 * 1024);
      out.flush();
      assertThat(answer(in)).startsWith("HTTP/1.1 413 ");
      out.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertThat(answer(in)).startsWith("HTTP/1.1 200 ");
    }
  }

  /** One whole answer read from the connection: its status line, headers and body (by its length). */
  private static String answer(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("The connection closed after: " + head);
      }
      head.append((char) b);
    }
    var length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
    if (length.find()) {
      in.readNBytes(Integer.parseInt(length.group(1)));
    }
    return head.toString();
  }

  private static HttpRequest.Builder form(TestServer site, String path, String client, String body) {
    return HttpRequest.newBuilder(URI.create(site.url(path)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Sec-Fetch-Site", "same-origin")
        .header("X-Forwarded-For", client)
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  /** How many requests got each status. */
  private static Map<Integer, Integer> inParallel(TestServer site, IntFunction<HttpRequest.Builder> request) throws Exception {
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    for (HttpResponse<String> answer : sendAll(site, request)) {
      statuses.merge(answer.statusCode(), 1, Integer::sum);
    }
    return statuses;
  }

  private static List<HttpResponse<String>> sendAll(TestServer site, IntFunction<HttpRequest.Builder> request)
      throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    ExecutorService threads = Executors.newFixedThreadPool(PARALLEL);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < PARALLEL; i++) {
      HttpRequest built = request.apply(i).timeout(Duration.ofSeconds(60)).build();
      answers.add(threads.submit(() -> {
        start.await();
        return client.send(built, HttpResponse.BodyHandlers.ofString());
      }));
    }
    start.countDown();
    List<HttpResponse<String>> done = new ArrayList<>();
    for (Future<HttpResponse<String>> answer : answers) {
      done.add(answer.get(2, TimeUnit.MINUTES));
    }
    threads.shutdown();
    return done;
  }
}
