package news.broadsheet.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.App;
import news.broadsheet.account.Role;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.comment.CommentSettings;
import news.broadsheet.config.AppConfig;
import news.broadsheet.storage.DatabaseLocation;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.EventStream;
import news.broadsheet.testing.Eventually;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.ServeProcess;
import news.broadsheet.testing.StaffLogins;
import news.broadsheet.testing.TestDatabases;
import news.broadsheet.testing.TestServer;
import news.broadsheet.web.server.WebSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Broadsheet servers on one PostgreSQL database, as a newsroom runs them behind a load
 * balancer: node A in a process of its own (so that it can be killed), node B in this one. Both
 * keep story pages in memory (the default 60 s), so what B shows of A's changes within a second
 * came through the change feed, not through a page expiring.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

  private static final Duration WITHIN = Duration.ofSeconds(1);
  private static final int POSTS_PER_MINUTE = 5;
  private static final AtomicInteger CLIENTS = new AtomicInteger();

  @TempDir static Path temp;
  private App appB;
  private TestServer nodeB;
  private ServeProcess nodeA;
  private long story;
  private String storyPath;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  void startBothNodes() throws Exception {
    DatabaseLocation shared = TestDatabases.fresh(DatabaseKind.POSTGRESQL, temp);
    appB = new App(new AppConfig(shared, ZoneId.of("UTC"), Map.of()), Clock.systemUTC());
    appB.importer().importAll(List.of(ArchiveInput.file(ReferenceSample.file())), ImportProgress.SILENT);
    appB.accounts().addUser("Mona", Role.MODERATOR, StaffLogins.PASSWORD);
    appB.accounts().addUser("Ada", Role.ADMIN, StaffLogins.PASSWORD);
    story = appB.articles().latest(1, 0).get(0).id();
    storyPath = "/news/" + story + "/" + StaffLogins.SLUG + "?sort=newest";
    nodeB = TestServer.on(appB, WebSettings.loopbackAnyPort().withPostRateLimit(POSTS_PER_MINUTE).withTrustedProxies(List.of("127.0.0.1")));
    nodeA = ServeProcess.start(temp.resolve("node-a.log"),
        "--database", shared.jdbcUrl(), "--database-user", shared.user(), "--no-demo",
        "--post-rate-limit", Integer.toString(POSTS_PER_MINUTE), "--trusted-proxy", "127.0.0.1");
    Eventually.within(Duration.ofSeconds(10), () -> healthy(nodeA.url("/healthz")));
    Eventually.within(Duration.ofSeconds(10), () -> healthy(nodeB.url("/healthz")));
  }

  @AfterAll
  void stopBothNodes() throws Exception {
    if (nodeA != null) {
      nodeA.close();
    }
    if (nodeB != null) {
      nodeB.close();
    }
  }

  @Test
  @Order(1)
  void a_comment_posted_on_A_is_on_Bs_story_page_and_in_Bs_live_stream_within_a_second() throws Exception {
    List<Long> pageDelays = new ArrayList<>();
    List<Long> streamDelays = new ArrayList<>();
    try (EventStream stream = EventStream.open(http, nodeB.url("/api/v1/articles/" + story + "/comments/stream"), null)) {
      for (int i = -3; i < 20; i++) { // three rounds first to warm both nodes up, not counted
        String text = "Posted on node A, number " + (i + 10) + ", for the readers of node B."; // no sign: a repeat is held
        assertThat(get(nodeB.url(storyPath)).body()).doesNotContain(text); // B keeps this page now
        long id = postOn(nodeA.url(""), "Reader of A", text, newClient());
        long posted = System.nanoTime(); // acknowledged: stored, and from now on every node's to show
        Duration patience = i < 0 ? Duration.ofSeconds(30) : Duration.ofSeconds(5); // a cold JVM on a busy machine is slow
        pageDelays.add(millisUntil(posted, patience, () -> get(nodeB.url(storyPath)).body().contains(text)));
        EventStream.Event event = stream.next(patience);
        streamDelays.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - posted));
        assertThat(event).as("live event of comment " + id).isNotNull();
        assertThat(event.id()).isEqualTo(Long.toString(id));
        if (i < 0) {
          pageDelays.clear();
          streamDelays.clear();
        }
      }
    }
    System.out.println(get(nodeB.url("/metrics")).body().lines().filter(line -> line.startsWith("broadsheet_change_feed")).toList());
    report("B's story page after a post on A", pageDelays);
    report("B's live stream after a post on A", streamDelays);
    assertThat(pageDelays).allSatisfy(delay -> assertThat(delay).isLessThanOrEqualTo(WITHIN.toMillis()));
    assertThat(streamDelays).allSatisfy(delay -> assertThat(delay).isLessThanOrEqualTo(WITHIN.toMillis()));
  }

  @Test
  @Order(2)
  void a_moderators_decision_on_B_reaches_As_pages_within_a_second() throws Exception {
    String held = "Three links held for a moderator: " + StaffLogins.LINKS;
    long heldId = postOn(nodeA.url(""), "Linker", held, newClient());
    String shown = "A comment a moderator will hide on node B.";
    long shownId = postOn(nodeA.url(""), "Plain", shown, newClient());
    assertThat(get(nodeA.url(storyPath)).body()).doesNotContain("Three links held").contains(shown);

    FormClient moderator = StaffLogins.loggedIn(nodeB, "Mona");
    assertThat(moderator.post("/admin/moderation/comments/" + heldId, Map.of("action", "approve")).statusCode()).isEqualTo(303);
    long approved = System.nanoTime();
    long approvalDelay = millisUntil(approved, Duration.ofSeconds(5), () -> get(nodeA.url(storyPath)).body().contains("Three links held"));
    assertThat(moderator.post("/admin/moderation/comments/" + shownId, Map.of("action", "reject", "reason", "off topic")).statusCode())
        .isEqualTo(303);
    long rejected = System.nanoTime();
    long rejectionDelay = millisUntil(rejected, Duration.ofSeconds(5), () -> !get(nodeA.url(storyPath)).body().contains(shown));
    report("A's page after an approval on B", List.of(approvalDelay));
    report("A's page after a rejection on B", List.of(rejectionDelay));
    assertThat(approvalDelay).isLessThanOrEqualTo(WITHIN.toMillis());
    assertThat(rejectionDelay).isLessThanOrEqualTo(WITHIN.toMillis());
  }

  @Test
  @Order(3)
  void a_setting_changed_on_A_applies_on_B_within_a_second() throws Exception {
    assertThat(appB.settings().get(CommentSettings.COMMENTERS)).isEqualTo(CommentSettings.GUESTS); // B has just read its settings
    FormClient admin = FormClient.at(nodeA.url(""));
    admin.get("/login");
    assertThat(admin.post("/login", Map.of("name", "Ada", "password", StaffLogins.PASSWORD)).statusCode()).isEqualTo(303);
    try {
      assertThat(admin.post("/admin/settings", Map.of("key", CommentSettings.COMMENTERS.key(), "value", "accounts")).statusCode())
          .isEqualTo(303);
      long changed = System.nanoTime();
      long delay = millisUntil(changed, Duration.ofSeconds(5), () -> postStatus(nodeB.url(""), "Guest on B", "Am I still welcome?", newClient()) == 401);
      report("a setting changed on A, applied on B", List.of(delay));
      assertThat(delay).as("well before B would have read its settings again (5 s)").isLessThanOrEqualTo(WITHIN.toMillis());
    } finally {
      admin.post("/admin/settings", Map.of("key", CommentSettings.COMMENTERS.key(), "value", "guests"));
      Eventually.within(Duration.ofSeconds(5), () -> appB.settings().get(CommentSettings.COMMENTERS).equals(CommentSettings.GUESTS));
    }
  }

  @Test
  @Order(4)
  void a_client_spread_over_both_nodes_gets_the_posting_limit_once() throws Exception {
    String client = newClient();
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < POSTS_PER_MINUTE + 2; i++) {
      String node = i % 2 == 0 ? nodeA.url("") : nodeB.url("");
      statuses.add(postStatus(node, "Eager", "Eager comment number " + i + " from one client.", client));
    }
    assertThat(statuses.subList(0, POSTS_PER_MINUTE)).containsOnly(201);
    assertThat(statuses.subList(POSTS_PER_MINUTE, statuses.size())).as("on A and on B").containsExactly(429, 429);
  }

  @Test
  @Order(5)
  void killing_A_loses_no_acknowledged_comment_and_B_keeps_serving() throws Exception {
    Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService posters = Executors.newFixedThreadPool(8);
    for (int p = 0; p < 8; p++) {
      int poster = p;
      posters.submit(() -> {
        for (int n = 0; !stop.get(); n++) {
          try {
            HttpResponse<String> answer = send(nodeA.url(""), "Poster " + poster, "Post " + n + " before the crash.", newClient());
            if (answer.statusCode() == 201) {
              acknowledged.add(Long.parseLong(answer.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1")));
            }
          } catch (Exception nodeGone) {
            return null;
          }
        }
        return null;
      });
    }
    Eventually.within(Duration.ofSeconds(30), () -> acknowledged.size() >= 100);
    nodeA.kill(); // SIGKILL, while comments are being posted
    stop.set(true);
    posters.shutdown();
    assertThat(posters.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    Set<Long> stored = Set.copyOf(appB.database().read(handle ->
        handle.createQuery("SELECT id FROM comments WHERE article_id = ?").bind(0, story).mapTo(Long.class).list()));
    assertThat(stored).as("every comment answered 201 before the crash").containsAll(acknowledged);
    assertThat(get(nodeB.url("/healthz")).body()).isEqualTo("ok");
    assertThat(get(nodeB.url(storyPath)).statusCode()).isEqualTo(200);
    assertThat(postStatus(nodeB.url(""), "After the crash", "Node B still takes comments.", newClient())).isEqualTo(201);
    assertThat(get(nodeB.url(storyPath)).body()).contains("Node B still takes comments.");
  }

  private long postOn(String base, String name, String text, String client) throws Exception {
    HttpResponse<String> answer = send(base, name, text, client);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return Long.parseLong(answer.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
  }

  private int postStatus(String base, String name, String text, String client) throws Exception {
    return send(base, name, text, client).statusCode();
  }

  private HttpResponse<String> send(String base, String name, String text, String client) throws Exception {
    String json = "{\"name\":\"" + name + "\",\"text\":\"" + text + "\"}";
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "/api/v1/articles/" + story + "/comments"))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", client)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Whether the node answers its health check with a plain "ok": it hears every other node's changes. */
  private boolean healthy(String url) {
    try {
      return get(url).body().equals("ok");
    } catch (Exception notYet) {
      return false;
    }
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A client address of its own, so that the posting limit counts each test's posts apart. */
  private static String newClient() {
    int n = CLIENTS.incrementAndGet();
    return "198.51." + (n / 250) + "." + (n % 250 + 1);
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  /** Milliseconds from {@code since} until the check holds, looking every 5 ms; fails after {@code patience}. */
  private static long millisUntil(long since, Duration patience, Check check) throws Exception {
    while (!check.holds()) {
      if (System.nanoTime() - since > patience.toNanos()) {
        throw new AssertionError("not within " + patience);
      }
      Thread.sleep(5);
    }
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
  }

  private static void report(String what, List<Long> delays) {
    List<Long> sorted = delays.stream().sorted().toList();
    System.out.printf("%s: %d samples, p50 %d ms, p99 %d ms, max %d ms%n", what, sorted.size(),
        sorted.get((sorted.size() - 1) / 2), sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), sorted.get(sorted.size() - 1));
  }
}
