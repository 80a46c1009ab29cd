package news.broadsheet.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.testing.ChildJvm;
import org.junit.jupiter.api.Test;

/** Password hashing takes turns, so that no number of parallel logins can take the heap. */
class PasswordHashingLimitTest {

  @Test
  void forty_parallel_checks_in_a_64_mb_heap_run_or_are_told_the_server_is_busy_and_none_fails() throws Exception {
    Process child =
        new ProcessBuilder(
                ChildJvm.command(List.of("-Xmx64m", "-XX:+UseSerialGC"), ParallelPasswordChecks.class.getName(), "40"))
            .redirectErrorStream(true)
            .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(output).as(output).containsPattern("checked [1-9]\\d* busy \\d+ failed 0 ");
    assertThat(child.exitValue()).as(output).isZero();
  }

  @Test
  void the_number_of_hashes_at_once_follows_the_heap_and_the_processors() {
    long mb = 1024 * 1024;
    assertThat(HashingLimit.hashesAtOnce(128 * mb, 2)).isEqualTo(1);
    assertThat(HashingLimit.hashesAtOnce(32 * mb, 8)).isEqualTo(1);
    assertThat(HashingLimit.hashesAtOnce(512 * mb, 2)).isEqualTo(2);
    assertThat(HashingLimit.hashesAtOnce(512 * mb, 16)).isEqualTo(6);
  }

  @Test
  void never_more_run_at_once_than_the_limit_and_the_rest_wait_then_hear_busy() throws Exception {
    HashingLimit limit = new HashingLimit(2, Duration.ofMillis(300));
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(60);
    List<Future<String>> outcomes = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      outcomes.add(threads.submit(() -> {
        start.await();
        try {
          return limit.run(() -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(100);
            running.decrementAndGet();
            return "ran";
          });
        } catch (AccountException refused) {
          assertThat(refused.retryAfterSeconds()).isPositive();
          return refused.kind().name();
        }
      }));
    }
    start.countDown();
    List<String> results = new ArrayList<>();
    for (Future<String> outcome : outcomes) {
      results.add(outcome.get(30, TimeUnit.SECONDS));
    }
    threads.shutdown();
    assertThat(most.get()).isEqualTo(2);
    assertThat(results).containsOnly("ran", "BUSY").contains("ran", "BUSY");
    // 2 run and 32 may wait; the 26 beyond that are told at once, and of those waiting, only the
    // ones whose turn comes within 300 ms run.
    assertThat(results.stream().filter("ran"::equals).count()).isBetween(2L, 10L);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
