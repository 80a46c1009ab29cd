package news.broadsheet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.TestDatabases;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Writes from many threads share transactions, yet each is answered by what became of it alone. */
class GroupCommitWriterTest {

  @TempDir Path temp;

  private Database open(DatabaseKind kind) {
    Database database = Database.open(TestDatabases.fresh(kind, temp));
    database.inTransaction(h -> h.execute("CREATE TABLE notes (id BIGINT PRIMARY KEY, body TEXT NOT NULL)"));
    return database;
  }

  private static int insert(Handle handle, long id, String body) {
    return handle.createUpdate("INSERT INTO notes (id, body) VALUES (?, ?)").bind(0, id).bind(1, body).execute();
  }

  private static List<String> bodies(Database database) {
    return database.read(h -> h.createQuery("SELECT body FROM notes ORDER BY id").mapTo(String.class).list());
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_failing_write_is_rolled_back_alone_and_the_writes_grouped_with_it_are_stored(DatabaseKind kind)
      throws Exception {
    try (Database database = open(kind);
        GroupCommitWriter writer = new GroupCommitWriter(database, 1)) {
      database.inTransaction(h -> insert(h, 100, "stored before"));
      CountDownLatch held = new CountDownLatch(1);
      ExecutorService callers = Executors.newFixedThreadPool(8);
      // The first write holds the writer while the others queue up behind it, so that they share one transaction.
      Future<Integer> first = callers.submit(() -> writer.write(h -> await(held) + insert(h, 1, "first")));
      List<Future<Integer>> others = new ArrayList<>();
      for (int i = 2; i <= 7; i++) {
        long id = i;
        others.add(callers.submit(() -> writer.write(h -> {
          int stored = insert(h, id, "note " + id);
          if (id == 4) {
            throw new IllegalArgumentException("note 4 breaks a rule after writing");
          }
          return stored;
        })));
      }
      // A statement that fails on PostgreSQL spoils the whole transaction: this one must not spoil the others.
      Future<Integer> duplicate = callers.submit(() -> writer.write(h -> insert(h, 100, "again")));
      Thread.sleep(200);
      held.countDown();

      assertThat(first.get()).isEqualTo(1);
      for (Future<Integer> other : others) {
        if (other == others.get(2)) {
          assertThatThrownBy(other::get).hasCauseInstanceOf(IllegalArgumentException.class);
        } else {
          assertThat(other.get()).isEqualTo(1);
        }
      }
      assertThatThrownBy(duplicate::get).hasCauseInstanceOf(RuntimeException.class);
      callers.shutdown();
      assertThat(bodies(database))
          .containsExactly("first", "note 2", "note 3", "note 5", "note 6", "note 7", "stored before");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void writes_with_one_key_never_overlap_whatever_the_number_of_writers(DatabaseKind kind)
      throws Exception {
    try (Database database = open(kind);
        GroupCommitWriter writer = new GroupCommitWriter(database, 4)) {
      ExecutorService callers = Executors.newFixedThreadPool(16);
      List<Future<Integer>> keyed = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        long id = i;
        // Each write reads what the one before it with the key wrote: they must not overlap.
        keyed.add(callers.submit(() -> writer.write(42, h -> insert(h, id, "after " + count(h)))));
        callers.submit(() -> writer.write(h -> insert(h, 10_000 + id, "unkeyed")));
      }
      for (Future<Integer> future : keyed) {
        assertThat(future.get()).isEqualTo(1);
      }
      callers.shutdown();
      callers.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
      List<String> keyedBodies = bodies(database).stream().filter(b -> b.startsWith("after")).toList();
      assertThat(keyedBodies).hasSize(200).doesNotHaveDuplicates();
    }
  }

  private static int count(Handle handle) {
    return handle.createQuery("SELECT COUNT(*) FROM notes WHERE body LIKE 'after%'").mapTo(Integer.class).one();
  }

  private static int await(CountDownLatch latch) {
    try {
      latch.await();
      return 0;
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
