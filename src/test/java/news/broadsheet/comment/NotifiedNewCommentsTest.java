package news.broadsheet.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import news.broadsheet.App;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.config.AppConfig;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.storage.DatabaseLocation;
import news.broadsheet.storage.FeedState;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.Eventually;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.StaffLogins;
import news.broadsheet.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live readers on node B hear of the comments published on node A through the change feed, each
 * once, and of those published while B could not listen once it listens again.
 */
class NotifiedNewCommentsTest {

  private static final Duration SOON = Duration.ofSeconds(5);

  @TempDir Path temp;
  private App nodeA;
  private App nodeB;
  private NewComments onB;
  private long story;
  private final BlockingQueue<Comment> heard = new LinkedBlockingQueue<>();

  @BeforeEach
  void start() throws Exception {
    DatabaseLocation shared = TestDatabases.fresh(DatabaseKind.POSTGRESQL, temp);
    nodeA = new App(new AppConfig(shared, ZoneId.of("UTC"), Map.of()), Clock.systemUTC());
    nodeB = new App(new AppConfig(shared, ZoneId.of("UTC"), Map.of()), Clock.systemUTC());
    nodeA.importer().importAll(List.of(ArchiveInput.file(ReferenceSample.file())), ImportProgress.SILENT);
    story = nodeA.articles().latest(1, 0).get(0).id();
    onB = nodeB.newComments();
    assertThat(onB).isInstanceOf(NotifiedNewComments.class);
    nodeB.startBackgroundWork();
    Eventually.within(SOON, () -> nodeB.database().changes().state() == FeedState.LISTENING);
    onB.follow(story, heard::add);
  }

  @AfterEach
  void stop() {
    nodeB.close();
    nodeA.close();
  }

  private Comment post(App node, String name, String text) {
    return node.posting().post(new CommentDraft(story, null, name, text, "client-of-" + name));
  }

  private List<Long> heardIds(int count) throws InterruptedException {
    List<Long> ids = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      Comment next = heard.poll(SOON.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(next).as("comment " + (i + 1) + " of " + count).isNotNull();
      ids.add(next.id());
    }
    assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).as("nothing twice").isNull();
    return ids;
  }

  @Test
  void comments_published_on_another_node_and_on_this_one_reach_the_follower_once_each() throws Exception {
    long first = post(nodeA, "Ayesha", "Posted on the other node.").id();
    long second = post(nodeB, "Bilal", "Posted on this node.").id();
    long third = post(nodeA, "Chand", "Posted on the other node again.").id();
    assertThat(heardIds(3)).containsExactlyInAnyOrder(first, second, third);
  }

  @Test
  void a_comment_a_moderator_approves_on_another_node_reaches_the_follower_then() throws Exception {
    Comment held = post(nodeA, "Linker", "Held for its links: " + StaffLogins.LINKS);
    assertThat(held.status()).isEqualTo(CommentStatus.PENDING);
    assertThat(heard.poll(500, TimeUnit.MILLISECONDS)).isNull();
    nodeA.moderation().approve(held.id(), Moderator.named("Mona"), "");
    assertThat(heardIds(1)).containsExactly(held.id());
  }

  @Test
  void comments_published_while_the_node_could_not_listen_reach_the_follower_once_it_listens_again() throws Exception {
    nodeA.database().read(handle -> handle
        .createQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'broadsheet change feed'")
        .mapTo(Boolean.class)
        .list());
    long during = post(nodeA, "Dania", "Posted while node B was not listening.").id();
    Eventually.within(SOON, () -> nodeB.database().changes().state() == FeedState.LISTENING);
    long after = post(nodeA, "Ehsan", "Posted once node B listened again.").id();
    assertThat(heardIds(2)).containsExactlyInAnyOrder(during, after);
  }

  @Test
  void nothing_is_read_while_the_feed_is_current_and_nothing_announced() throws Exception {
    long original = post(nodeA, "Gul", "Copied behind every node's back.").id();
    assertThat(heardIds(1)).containsExactly(original);
    long silent = storeWithoutAnnouncing(original);
    assertThat(heard.poll(1_500, TimeUnit.MILLISECONDS)).as("no poll finds the copy").isNull();
    long announced = post(nodeA, "Hina", "Announced as usual.").id();
    assertThat(heardIds(2)).as("the story is read when it is announced").containsExactlyInAnyOrder(silent, announced);
  }

  /** Copies a published comment as a new one, as no service would: nobody is told. */
  private long storeWithoutAnnouncing(long commentId) {
    return nodeA.database().inTransaction(handle -> {
      List<String> columns = handle.createQuery(
              "SELECT column_name FROM information_schema.columns WHERE table_name = 'comments' AND column_name <> 'id'"
                  + " ORDER BY ordinal_position")
          .mapTo(String.class)
          .list();
      String copied = String.join(", ", columns).replace("occurrence", "occurrence + 1000");
      return handle.createQuery("INSERT INTO comments (" + String.join(", ", columns) + ") SELECT " + copied
              + " FROM comments WHERE id = ? RETURNING id")
          .bind(0, commentId)
          .mapTo(Long.class)
          .one();
    });
  }

  @Test
  void a_story_no_longer_followed_is_not_read_and_its_follower_hears_nothing() throws Exception {
    BlockingQueue<Comment> other = new LinkedBlockingQueue<>();
    NewComments.Following following = onB.follow(story, other::add);
    following.close();
    post(nodeA, "Farah", "Nobody follows this story now.");
    assertThat(other.poll(500, TimeUnit.MILLISECONDS)).isNull();
    assertThat(heard.poll(100, TimeUnit.MILLISECONDS)).as("replaced by the later follower").isNull();
  }
}
