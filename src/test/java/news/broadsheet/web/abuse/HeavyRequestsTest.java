package news.broadsheet.web.abuse;

import static news.broadsheet.testing.ApiCalls.referenceStory;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
