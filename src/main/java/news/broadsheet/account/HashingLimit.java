package news.broadsheet.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * How many password hashes run at once. Each Argon2 hash holds {@value #BYTES_PER_HASH} bytes
 * while it runs, so parallel logins could otherwise take the whole heap: at most
 * {@link #forThisProcess()} run together, a few more wait a short while for a turn, and the rest
 * are told at once that the server is busy ({@link AccountException.Kind#BUSY}).
 */
final class HashingLimit {

  /** Argon2's memory (19 MiB) and what a hash holds besides. */
  static final long BYTES_PER_HASH = 20L * 1024 * 1024;
  /** The share of the heap password hashing may hold: a quarter. */
  private static final int HEAP_SHARE = 4;
  private static final int WAITING_PER_HASH = 16;
  private static final Duration WAIT = Duration.ofSeconds(2);
  static final long RETRY_AFTER_SECONDS = 5;

  private final int atOnce;
  private final Semaphore running;
  private final Duration wait;
  private final int maxWaiting;
  private final AtomicInteger waiting = new AtomicInteger();

  HashingLimit(int atOnce, Duration wait) {
    if (atOnce < 1) {
      throw new IllegalArgumentException("at least one hash must be able to run: " + atOnce);
    }
    this.atOnce = atOnce;
    this.running = new Semaphore(atOnce, true);
    this.wait = wait;
    this.maxWaiting = atOnce * WAITING_PER_HASH;
  }

  /** The limit for this process's heap and processors. */
  static HashingLimit forThisProcess() {
    Runtime runtime = Runtime.getRuntime();
    return new HashingLimit(hashesAtOnce(runtime.maxMemory(), runtime.availableProcessors()), WAIT);
  }

  /** As many hashes as fit in a quarter of the heap, no more than there are processors, at least one. */
  static int hashesAtOnce(long maxHeapBytes, int processors) {
    long fit = maxHeapBytes / HEAP_SHARE / BYTES_PER_HASH;
    return (int) Math.max(1, Math.min(processors, fit));
  }

  int atOnce() {
    return atOnce;
  }

  /**
   * Runs the work when a turn comes.
   *
   * @throws AccountException of kind BUSY when too many wait already, or no turn came in time
   */
  <T> T run(Supplier<T> work) {
    if (waiting.incrementAndGet() > maxWaiting) {
      waiting.decrementAndGet();
      throw AccountException.busy(RETRY_AFTER_SECONDS);
    }
    boolean turn;
    try {
      turn = running.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      turn = false;
    } finally {
      waiting.decrementAndGet();
    }
    if (!turn) {
      throw AccountException.busy(RETRY_AFTER_SECONDS);
    }
    try {
      return work.get();
    } finally {
      running.release();
    }
  }
}
