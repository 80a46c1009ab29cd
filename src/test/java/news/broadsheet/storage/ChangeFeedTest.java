package news.broadsheet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.Eventually;
import news.broadsheet.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one PostgreSQL database: what one commits, the other hears; what is rolled back,
 * nobody hears; a node that loses its listening connection says so, reconnects and catches up.
 */
class ChangeFeedTest {

  private static final Duration SOON = Duration.ofSeconds(5);

  @TempDir Path temp;
  private Database nodeA;
  private Database nodeB;
  private final BlockingQueue<Change> heardByB = new LinkedBlockingQueue<>();
  private final AtomicInteger catchUpsOfB = new AtomicInteger();

  @BeforeEach
  void open() throws InterruptedException {
    DatabaseLocation location = TestDatabases.fresh(DatabaseKind.POSTGRESQL, temp);
    nodeA = Database.open(location);
    nodeB = Database.open(location);
    for (ChangeKind kind : ChangeKind.values()) {
      nodeB.changes().on(kind, heardByB::add);
    }
    nodeB.changes().onCatchUp(catchUpsOfB::incrementAndGet);
    nodeB.changes().start();
    Eventually.within(SOON, () -> nodeB.changes().state() == FeedState.LISTENING);
  }

  @AfterEach
  void close() {
    nodeA.close();
    nodeB.close();
  }

  private void commitOnA(Change... changes) {
    nodeA.inTransaction(handle -> {
      for (Change change : changes) {
        nodeA.changes().announce(handle, change);
      }
      return null;
    });
  }

  private Change nextHeardByB() throws InterruptedException {
    return heardByB.poll(SOON.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Test
  void a_change_committed_on_one_node_reaches_the_other_with_its_kind_and_ids() throws InterruptedException {
    commitOnA(new Change(ChangeKind.COMMENT_PUBLISHED, 12, 3456), Change.of(ChangeKind.SETTINGS));
    assertThat(nextHeardByB()).isEqualTo(new Change(ChangeKind.COMMENT_PUBLISHED, 12, 3456));
    assertThat(nextHeardByB()).isEqualTo(Change.of(ChangeKind.SETTINGS));
  }

  @Test
  void a_change_rolled_back_reaches_nobody_and_one_undone_by_its_savepoint_neither() throws InterruptedException {
    assertThatThrownBy(() -> nodeA.inTransaction(handle -> {
      nodeA.changes().announce(handle, Change.story(1));
      throw new IllegalStateException("the change fails");
    })).hasMessage("the change fails");
    GroupCommitWriter writer = new GroupCommitWriter(nodeA);
    try {
      assertThatThrownBy(() -> writer.write(handle -> {
        nodeA.changes().announce(handle, Change.story(2));
        throw new IllegalArgumentException("this write is refused");
      })).hasMessage("this write is refused");
      writer.write(handle -> {
        nodeA.changes().announce(handle, Change.story(3));
        return null;
      });
    } finally {
      writer.close();
    }
    assertThat(nextHeardByB()).isEqualTo(Change.story(3));
    assertThat(heardByB.poll(300, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void the_writes_of_one_group_announce_their_changes_in_order_and_one_rolled_back_in_it_announces_none()
      throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(6);
    try (GroupCommitWriter writer = new GroupCommitWriter(nodeA, 1)) {
      CountDownLatch held = new CountDownLatch(1);
      // The first write holds the writer while the others queue behind it: they share one transaction.
      Future<?> first = callers.submit(() -> writer.write(handle -> announceOnA(handle, 1, held)));
      Thread.sleep(200);
      List<Future<?>> others = new ArrayList<>();
      for (long story = 2; story <= 5; story++) {
        long id = story;
        others.add(callers.submit(() -> writer.write(handle -> {
          announceOnA(handle, id, new CountDownLatch(0));
          if (id == 3) {
            throw new IllegalArgumentException("story 3's write is refused after announcing");
          }
          return null;
        })));
        Thread.sleep(50); // queued in this order
      }
      held.countDown();
      first.get();
      assertThatThrownBy(others.get(1)::get).hasCauseInstanceOf(IllegalArgumentException.class);
      for (long story : new long[] {1, 2, 4, 5}) {
        assertThat(nextHeardByB()).isEqualTo(Change.story(story));
      }
      assertThat(heardByB.poll(300, TimeUnit.MILLISECONDS)).isNull();
    } finally {
      callers.shutdownNow();
    }
  }

  private Void announceOnA(org.jdbi.v3.core.Handle handle, long story, CountDownLatch held) {
    nodeA.changes().announce(handle, Change.story(story));
    try {
      held.await();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
    return null;
  }

  @Test
  void a_node_does_not_hear_its_own_changes_back() throws InterruptedException {
    nodeB.inTransaction(handle -> {
      nodeB.changes().announce(handle, Change.story(7));
      return null;
    });
    commitOnA(Change.story(8));
    assertThat(nextHeardByB()).isEqualTo(Change.story(8));
    assertThat(heardByB).isEmpty();
  }

  @Test
  void a_node_that_loses_its_listening_connection_says_so_reconnects_and_catches_up() throws InterruptedException {
    int catchUpsBefore = catchUpsOfB.get();
    terminateListeners();
    Eventually.within(SOON, () -> nodeB.changes().state() == FeedState.RECONNECTING || catchUpsOfB.get() > catchUpsBefore);
    Eventually.within(SOON, () -> nodeB.changes().state() == FeedState.LISTENING);
    assertThat(catchUpsOfB.get()).as("caught up after reconnecting").isGreaterThan(catchUpsBefore);
    commitOnA(Change.story(9));
    assertThat(nextHeardByB()).isEqualTo(Change.story(9));
  }

  @Test
  void a_notice_this_version_cannot_read_makes_the_node_read_everything_afresh() throws InterruptedException {
    int catchUpsBefore = catchUpsOfB.get();
    nodeA.inTransaction(handle ->
        handle.createQuery("SELECT pg_notify(?, ?)").bind(0, ChangeFeed.CHANNEL).bind(1, "a-newer-node 1 SOMETHING_NEW 1 0")
            .mapToMap().list());
    Eventually.within(SOON, () -> catchUpsOfB.get() > catchUpsBefore);
    assertThat(heardByB).isEmpty();
  }

  @Test
  void the_state_says_whether_the_node_hears_every_change() {
    assertThat(nodeB.changes().status().describe()).isEqualTo("listening");
    assertThat(nodeA.changes().state()).isEqualTo(FeedState.NOT_LISTENING);
    assertThat(FeedState.NOT_LISTENING.isCurrent()).isFalse();
    try (Database sqlite = Database.open(DatabaseLocation.embedded(temp.resolve("sqlite")))) {
      sqlite.changes().start();
      assertThat(sqlite.changes().state()).isEqualTo(FeedState.LOCAL);
      assertThat(sqlite.changes().state().isCurrent()).isTrue();
      sqlite.inTransaction(handle -> {
        sqlite.changes().announce(handle, Change.story(1)); // nothing to tell on one node
        return null;
      });
    }
  }

  @Test
  void notices_are_read_back_as_written_and_a_foreign_payload_is_not_read() {
    ChangeNotice notice = new ChangeNotice("host:12:abc", 1_733_580_000_000L, new Change(ChangeKind.RECOMMENDED, 4, 5));
    assertThat(ChangeNotice.decode(notice.encode())).contains(notice);
    for (String foreign : List.of("", "hello", "a 1 STORY 1", "a x STORY 1 0", "a 1 STORY 1 0 extra", "a 1 story 1 0")) {
      assertThat(ChangeNotice.decode(foreign)).as(foreign).isEmpty();
    }
    assertThat(ChangeNotice.decode(null)).isEmpty();
  }

  private void terminateListeners() {
    nodeA.inTransaction(handle -> handle
        .createQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?")
        .bind(0, ChangeListener.APPLICATION_NAME)
        .mapTo(Boolean.class)
        .list());
  }
}
