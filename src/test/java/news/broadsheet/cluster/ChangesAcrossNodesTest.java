package news.broadsheet.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import news.broadsheet.App;
import news.broadsheet.account.Role;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.InvalidCommentException;
import news.broadsheet.config.AppConfig;
import news.broadsheet.moderation.Commenter;
import news.broadsheet.moderation.ModerationException;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.moderation.WordList;
import news.broadsheet.storage.DatabaseLocation;
import news.broadsheet.storage.FeedState;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.Eventually;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.StaffLogins;
import news.broadsheet.testing.TestDatabases;
import news.broadsheet.testing.TestServer;
import news.broadsheet.web.server.WebSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of change that node A makes is in force on node B within a second, although B keeps
 * what it changes in memory (story pages for 60 s, word lists, sanctions, pre-moderation and
 * account names for 5 s): B hears of it through the change feed. Each kind is made and undone
 * several times; the delays (from A's commit to the first time B shows the change) are printed
 * with their median and worst.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangesAcrossNodesTest {

  private static final Duration WITHIN = Duration.ofSeconds(1);
  private static final int ROUNDS = 4;
  private static final Moderator MONA = Moderator.named("Mona");
  private static final AtomicInteger POSTS = new AtomicInteger();

  @TempDir static Path temp;
  private App nodeA;
  private App appB;
  private TestServer nodeB;
  private long story;
  private String storyPath;

  @BeforeAll
  void start() throws Exception {
    DatabaseLocation shared = TestDatabases.fresh(DatabaseKind.POSTGRESQL, temp);
    nodeA = new App(new AppConfig(shared, ZoneId.of("UTC"), Map.of()), Clock.systemUTC());
    nodeA.importer().importAll(List.of(ArchiveInput.file(ReferenceSample.file())), ImportProgress.SILENT);
    story = nodeA.articles().latest(1, 0).get(0).id();
    storyPath = "/news/" + story + "/" + StaffLogins.SLUG;
    appB = new App(new AppConfig(shared, ZoneId.of("UTC"), Map.of()), Clock.systemUTC());
    nodeB = TestServer.on(appB, WebSettings.loopbackAnyPort());
    Eventually.within(Duration.ofSeconds(10), () -> appB.database().changes().state() == FeedState.LISTENING);
  }

  @AfterAll
  void stop() {
    nodeB.close();
    nodeA.close();
  }

  @Test
  void a_word_banned_on_A_rejects_comments_on_B_and_lifted_lets_them_through() throws Exception {
    String word = "zanzibarite";
    List<Long> delays = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      assertThat(refusedOnB("Wordsmith", "A word of the week: " + word + ".")).isFalse(); // B keeps the lists now
      nodeA.words().add(WordList.BANNED, List.of(word), "Mona");
      delays.add(untilOnB(() -> refusedOnB("Wordsmith", "A word of the week: " + word + ".")));
      nodeA.words().remove(List.of(word));
      delays.add(untilOnB(() -> !refusedOnB("Wordsmith", "A word of the week: " + word + ".")));
    }
    assertAndReport("word list changed on A, in force on B", delays);
  }

  @Test
  void a_commenter_banned_on_A_is_refused_on_B_and_lifted_is_welcome_again() throws Exception {
    List<Long> delays = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      assertThat(refusedOnB("Troublemaker", "Nothing wrong with this one.")).isFalse();
      long sanction = nodeA.sanctions().ban(Commenter.guest("Troublemaker", null), "abuse", MONA).id();
      delays.add(untilOnB(() -> refusedOnB("Troublemaker", "Nothing wrong with this one.")));
      nodeA.sanctions().lift(sanction, MONA);
      delays.add(untilOnB(() -> !refusedOnB("Troublemaker", "Nothing wrong with this one.")));
    }
    assertAndReport("sanction imposed or lifted on A, in force on B", delays);
  }

  @Test
  void a_story_put_under_premoderation_on_A_holds_comments_on_B_and_taken_off_publishes_them() throws Exception {
    List<Long> delays = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      assertThat(refusedOnB("Patient", "Will this wait for a moderator?")).isFalse();
      nodeA.premoderation().setStory(story, true, MONA);
      delays.add(untilOnB(() -> refusedOnB("Patient", "Will this wait for a moderator?")));
      nodeA.premoderation().setStory(story, false, MONA);
      delays.add(untilOnB(() -> !refusedOnB("Patient", "Will this wait for a moderator?")));
    }
    assertAndReport("pre-moderation set or lifted on A, in force on B", delays);
  }

  @Test
  void a_name_taken_by_an_account_on_A_is_refused_to_guests_on_B() throws Exception {
    List<Long> delays = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      String name = "Quentin" + round;
      assertThat(refusedOnB(name, "A guest for now.")).isFalse(); // B remembers the name as free
      nodeA.accounts().addUser(name, Role.READER, StaffLogins.PASSWORD);
      delays.add(untilOnB(() -> refusedOnB(name, "A guest for now.")));
    }
    assertAndReport("account added on A, its name refused to guests on B", delays);
  }

  @Test
  void comments_closed_and_reopened_on_A_show_on_Bs_cached_page() throws Exception {
    List<Long> delays = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      assertThat(pageOnB()).doesNotContain("Comments are closed"); // B keeps this page now
      nodeA.articles().setCommentsClosed(story, true);
      delays.add(untilOnB(() -> pageOnB().contains("Comments are closed")));
      nodeA.articles().setCommentsClosed(story, false);
      delays.add(untilOnB(() -> !pageOnB().contains("Comments are closed")));
    }
    assertAndReport("comments closed or reopened on A, on B's page", delays);
  }

  @Test
  void a_recommendation_on_A_counts_on_Bs_cached_page() throws Exception {
    // the first comment on the page in its default order, whatever the other tests posted
    java.util.regex.Matcher first = java.util.regex.Pattern.compile("id=\"comment-(\\d+)\"").matcher(pageOnB());
    assertThat(first.find()).isTrue();
    long comment = Long.parseLong(first.group(1));
    int before = recommendationsOnB("comment-" + comment + "\"");
    List<Long> delays = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      String count = "comment-" + comment + "\"";
      int expected = before + round;
      Eventually.within(WITHIN, () -> recommendationsOnB(count) == expected - 1); // B keeps this page now
      nodeA.posting().recommend(comment, "reader-" + round);
      delays.add(untilOnB(() -> recommendationsOnB(count) == expected));
    }
    assertAndReport("recommendation on A, counted on B's page", delays);
  }

  /** Whether node B holds, rejects or refuses a new comment of this name and text (each from a new client). */
  private boolean refusedOnB(String name, String text) {
    try {
      return appB.posting().post(draft(name, text)).status() != CommentStatus.PUBLISHED;
    } catch (InvalidCommentException | ModerationException refused) {
      return true;
    }
  }

  private CommentDraft draft(String name, String text) {
    int n = POSTS.incrementAndGet();
    return new CommentDraft(story, null, name, text + " (" + n + ")", "client-" + n);
  }

  private String pageOnB() {
    try {
      return nodeB.get(storyPath).body();
    } catch (Exception failed) {
      throw new AssertionError(failed);
    }
  }

  /** The count on the recommend button of the comment whose element starts with {@code marker}. */
  private int recommendationsOnB(String marker) {
    String page = pageOnB();
    int at = page.indexOf(marker);
    assertThat(at).as("the comment is on B's page").isNotNegative();
    int count = page.indexOf("<span class=\"count\">", at) + "<span class=\"count\">".length();
    return Integer.parseInt(page.substring(count, page.indexOf('<', count)));
  }

  /** Milliseconds from now (A has committed) until B shows the change; fails after 5 s. */
  private static long untilOnB(BooleanSupplier shows) throws InterruptedException {
    long since = System.nanoTime();
    while (!shows.getAsBoolean()) {
      if (System.nanoTime() - since > TimeUnit.SECONDS.toNanos(5)) {
        throw new AssertionError("node B did not show the change within 5 s");
      }
      Thread.sleep(5);
    }
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
  }

  private static void assertAndReport(String what, List<Long> delays) {
    List<Long> sorted = delays.stream().sorted().toList();
    System.out.printf("%s: %d changes, p50 %d ms, max %d ms%n", what, sorted.size(), sorted.get((sorted.size() - 1) / 2),
        sorted.get(sorted.size() - 1));
    assertThat(sorted).allSatisfy(delay -> assertThat(delay).isLessThanOrEqualTo(WITHIN.toMillis()));
  }
}
