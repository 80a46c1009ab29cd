package news.broadsheet.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.storage.Database;
import news.broadsheet.storage.DatabaseLocation;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.Eventually;
import news.broadsheet.testing.MutableClock;
import news.broadsheet.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A periodic job runs on one node at a time, once a period, and moves on when its node dies. */
class LeaseTest {

  private static final Duration EVERY = Duration.ofMinutes(10);
  private static final Duration LENGTH = Duration.ofSeconds(15);

  @TempDir Path temp;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
  private final List<AutoCloseable> opened = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (int i = opened.size() - 1; i >= 0; i--) {
      opened.get(i).close();
    }
  }

  private Database node(DatabaseLocation location) {
    Database database = Database.open(location);
    opened.add(database);
    return database;
  }

  private Lease lease(Database node) {
    return new Lease(node, new LeaseStore(), "clean-up", node.changes().node(), LENGTH, clock);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void one_node_at_a_time_claims_a_job_and_once_a_period(DatabaseKind kind) {
    DatabaseLocation shared = TestDatabases.fresh(kind, temp);
    Lease onA = lease(node(shared));
    Database nodeB = node(shared);
    Lease onB = lease(nodeB);
    assertThat(onA.claim(EVERY)).as("never run: claimed at once").isTrue();
    assertThat(onB.claim(EVERY)).as("held by A").isFalse();
    Instant started = clock.instant();
    clock.advance(Duration.ofSeconds(3));
    assertThat(onA.finish(started)).isTrue();
    assertThat(onB.claim(EVERY)).as("free, but run 3 s ago").isFalse();
    assertThat(onB.nextClaim(EVERY)).isEqualTo(started.plus(EVERY));
    clock.set(started.plus(EVERY));
    assertThat(onB.claim(EVERY)).as("a period after the last run started").isTrue();
    assertThat(onA.claim(EVERY)).isFalse();
    assertThat(onA.state().orElseThrow().holder()).isEqualTo(nodeB.changes().node().name());
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_holder_that_dies_keeps_the_lease_only_until_it_expires_and_renewing_keeps_it_longer(DatabaseKind kind) {
    DatabaseLocation shared = TestDatabases.fresh(kind, temp);
    Database nodeA = node(shared);
    Lease onA = lease(nodeA);
    Database nodeB = node(shared);
    Lease onB = lease(nodeB);
    assertThat(onA.claim(EVERY)).isTrue();
    assertThat(onB.state().orElseThrow().holder()).isEqualTo(nodeA.changes().node().name());
    clock.advance(Duration.ofSeconds(10));
    assertThat(onA.renew()).isTrue();
    clock.advance(Duration.ofSeconds(10));
    assertThat(onB.claim(EVERY)).as("renewed 10 s ago for 15 s").isFalse();
    clock.advance(Duration.ofSeconds(5)); // A died: no renewal, no finish
    assertThat(onB.claim(EVERY)).as("expired: the job moves to B, whose run is due").isTrue();
    assertThat(onA.state().orElseThrow().holder()).isEqualTo(nodeB.changes().node().name());
    assertThat(onA.renew()).as("A woke up: it has lost the lease").isFalse();
    assertThat(onA.finish(clock.instant())).isFalse();
  }

  @Test
  void on_two_nodes_a_job_never_runs_twice_at_once_and_moves_to_the_other_node_when_its_node_dies() throws Exception {
    DatabaseLocation shared = TestDatabases.fresh(DatabaseKind.POSTGRESQL, temp);
    Duration every = Duration.ofMillis(200);
    Duration length = Duration.ofSeconds(2);
    AtomicInteger runningNow = new AtomicInteger();
    AtomicBoolean overlapped = new AtomicBoolean();
    List<String> runs = new CopyOnWriteArrayList<>();
    AtomicBoolean aHangs = new AtomicBoolean();
    CountDownLatch aHanging = new CountDownLatch(1);
    ClusterJobs onA = new ClusterJobs(node(shared), Clock.systemUTC(), length);
    ClusterJobs onB = new ClusterJobs(node(shared), Clock.systemUTC(), length);
    opened.add(onA);
    opened.add(onB);
    onA.add("tick", every, () -> {
      run("A", runningNow, overlapped, runs);
      while (aHangs.get()) { // a node that stops answering without ending: no renewal, no finish
        aHanging.countDown();
        Thread.onSpinWait();
      }
    });
    onB.add("tick", every, () -> run("B", runningNow, overlapped, runs));
    onA.start();
    onB.start();
    Eventually.within(Duration.ofSeconds(10), () -> runs.size() >= 5);
    assertThat(overlapped).as("two runs at once").isFalse();

    aHangs.set(true);
    aHanging.await();
    int before = runs.size();
    long hungAt = System.nanoTime();
    Thread stopping = new Thread(onA::close); // its renewals stop; its run never finishes
    stopping.start();
    Eventually.within(Duration.ofSeconds(10), () -> runs.size() > before);
    Duration moved = Duration.ofNanos(System.nanoTime() - hungAt);
    aHangs.set(false);
    assertThat(moved).as("moved once the lease expired, within a tick").isLessThan(length.plusSeconds(3));
    assertThat(moved).as("not before the lease, last renewed at most 0.7 s before, expired").isGreaterThan(Duration.ofSeconds(1));
    assertThat(runs.subList(before, runs.size())).as("only B ran meanwhile").containsOnly("B");
    stopping.join();
  }

  private static void run(String node, AtomicInteger runningNow, AtomicBoolean overlapped, List<String> runs) {
    if (runningNow.incrementAndGet() > 1) {
      overlapped.set(true);
    }
    runs.add(node);
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      runningNow.decrementAndGet();
    }
  }
}
