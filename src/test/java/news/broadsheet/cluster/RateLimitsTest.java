package news.broadsheet.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.broadsheet.storage.Database;
import news.broadsheet.storage.DatabaseLocation;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.MutableClock;
import news.broadsheet.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rate limits behave alike in memory and in either database, and in the database they count
 * once across every node sharing it.
 */
class RateLimitsTest {

  enum Counting { IN_MEMORY, SQLITE, POSTGRESQL }

  private static final RateLimit POSTS = new RateLimit("post", 3, Duration.ofMinutes(1));
  private static final RateLimit LOGINS = new RateLimit("login-client", 2, Duration.ofMinutes(15));

  @TempDir Path temp;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
  private final List<Database> opened = new ArrayList<>();

  @AfterEach
  void close() {
    opened.forEach(Database::close);
  }

  private DatabaseLocation location(DatabaseKind kind) {
    return TestDatabases.fresh(kind, temp);
  }

  private SharedRateLimits node(DatabaseLocation location) {
    Database database = Database.open(location);
    opened.add(database);
    return new SharedRateLimits(database, new RateLimitStore(), clock);
  }

  private RateLimits limits(Counting counting) {
    return switch (counting) {
      case IN_MEMORY -> new LocalRateLimits(clock);
      case SQLITE -> node(location(DatabaseKind.SQLITE));
      case POSTGRESQL -> node(location(DatabaseKind.POSTGRESQL));
    };
  }

  @ParameterizedTest
  @EnumSource(Counting.class)
  void allows_the_capacity_in_a_row_then_says_how_long_to_wait_and_refills_steadily(Counting counting) {
    RateLimits limits = limits(counting);
    for (int i = 0; i < 3; i++) {
      assertThat(limits.take(POSTS, "203.0.113.9")).as("post " + i).isEmpty();
    }
    assertThat(limits.take(POSTS, "203.0.113.9")).as("one a 20 s refill").isEqualTo(OptionalLong.of(20));
    clock.advance(Duration.ofSeconds(15));
    assertThat(limits.take(POSTS, "203.0.113.9")).isEqualTo(OptionalLong.of(5));
    clock.advance(Duration.ofSeconds(5));
    assertThat(limits.take(POSTS, "203.0.113.9")).as("refilled one").isEmpty();
    assertThat(limits.take(POSTS, "203.0.113.9")).isPresent();
    clock.advance(Duration.ofHours(1));
    for (int i = 0; i < 3; i++) {
      assertThat(limits.take(POSTS, "203.0.113.9")).as("full again after a long pause, post " + i).isEmpty();
    }
    assertThat(limits.take(POSTS, "203.0.113.9")).isPresent();
  }

  @ParameterizedTest
  @EnumSource(Counting.class)
  void refused_attempts_use_nothing_so_a_client_that_keeps_trying_is_let_in_as_the_allowance_refills(Counting counting) {
    RateLimits limits = limits(counting);
    for (int i = 0; i < 3; i++) {
      limits.take(POSTS, "a");
    }
    for (int i = 0; i < 50; i++) {
      assertThat(limits.take(POSTS, "a")).isPresent();
    }
    clock.advance(Duration.ofSeconds(20));
    assertThat(limits.take(POSTS, "a")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Counting.class)
  void keys_and_limits_count_apart_and_an_allowance_can_be_given_back_or_the_key_forgotten(Counting counting) {
    RateLimits limits = limits(counting);
    limits.take(LOGINS, "a");
    limits.take(LOGINS, "a");
    assertThat(limits.take(LOGINS, "a")).as("in 15 minutes, 2: a refill of 450 s").isEqualTo(OptionalLong.of(450));
    assertThat(limits.take(LOGINS, "b")).as("another key").isEmpty();
    assertThat(limits.take(POSTS, "a")).as("another limit").isEmpty();
    limits.giveBack(LOGINS, "a");
    assertThat(limits.take(LOGINS, "a")).as("given back").isEmpty();
    assertThat(limits.take(LOGINS, "a")).isPresent();
    limits.forget(LOGINS, "a");
    assertThat(limits.take(LOGINS, "a")).isEmpty();
    assertThat(limits.take(LOGINS, "a")).isEmpty();
    assertThat(limits.take(LOGINS, "a")).isPresent();
  }

  @ParameterizedTest
  @EnumSource(value = DatabaseKind.class)
  void nodes_sharing_a_database_count_together(DatabaseKind kind) {
    DatabaseLocation shared = location(kind);
    SharedRateLimits nodeA = node(shared);
    SharedRateLimits nodeB = node(shared);
    assertThat(nodeA.take(POSTS, "client")).isEmpty();
    assertThat(nodeB.take(POSTS, "client")).isEmpty();
    assertThat(nodeA.take(POSTS, "client")).isEmpty();
    assertThat(nodeB.take(POSTS, "client")).as("the fourth post, on either node").isPresent();
    assertThat(nodeA.take(POSTS, "client")).isPresent();
  }

  @Test
  void many_attempts_at_once_on_two_nodes_get_exactly_the_capacity() throws Exception {
    DatabaseLocation shared = location(DatabaseKind.POSTGRESQL);
    List<SharedRateLimits> nodes = List.of(node(shared), node(shared));
    RateLimit limit = new RateLimit("burst", 50, Duration.ofHours(1));
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      List<Future<Boolean>> attempts = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        SharedRateLimits node = nodes.get(i % 2);
        attempts.add(clients.submit(() -> node.take(limit, "crowd").isEmpty()));
      }
      int allowed = 0;
      for (Future<Boolean> attempt : attempts) {
        allowed += attempt.get() ? 1 : 0;
      }
      assertThat(allowed).isEqualTo(50);
    } finally {
      clients.shutdownNow();
    }
  }

  @ParameterizedTest
  @EnumSource(value = DatabaseKind.class)
  void keys_are_stored_as_digests_and_full_buckets_are_purged(DatabaseKind kind) {
    SharedRateLimits limits = node(location(kind));
    limits.take(POSTS, "198.51.100.23");
    limits.take(LOGINS, "Ayesha Khan");
    Database database = opened.get(0);
    List<String> keys = database.read(h -> h.createQuery("SELECT limit_key FROM rate_limits ORDER BY limit_key").mapTo(String.class).list());
    assertThat(keys).hasSize(2).allSatisfy(key -> assertThat(key).doesNotContain("198.51").doesNotContain("Ayesha"));
    assertThat(keys).containsExactlyInAnyOrder(
        SharedRateLimits.keyOf(POSTS, "198.51.100.23"), SharedRateLimits.keyOf(LOGINS, "Ayesha Khan"));
    clock.advance(Duration.ofMinutes(1));
    assertThat(limits.purge()).as("the post bucket is full again; the login one is not").isEqualTo(1);
    clock.advance(Duration.ofMinutes(15));
    assertThat(limits.purge()).isEqualTo(1);
  }

  @Test
  void a_limit_is_refused_when_it_could_not_count() {
    assertThatThrownBy(() -> new RateLimit("post", 0, Duration.ofMinutes(1))).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> new RateLimit("Posts!", 1, Duration.ofMinutes(1))).hasMessageContaining("a-z");
    assertThatThrownBy(() -> new RateLimit("post", 10, Duration.ofNanos(5_000))).hasMessageContaining("microsecond");
    assertThat(new RateLimit("post", 100_000, Duration.ofMinutes(1)).capacity()).as("a load test's limit").isEqualTo(100_000);
  }
}
