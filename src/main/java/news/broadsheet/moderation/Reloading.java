package news.broadsheet.moderation;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value read from the database and kept, so that screening does not query for it on every
 * comment. A change made by any node calls {@link #invalidate} as it commits (here directly,
 * elsewhere through the change feed); the value is also read again after {@link #SECONDS}
 * seconds, which bounds how long a change made by a process that cannot announce it (another
 * process on a SQLite file) takes to arrive. A value read while it was invalidated is used once
 * but not kept: it may predate the change.
 */
final class Reloading<T> {

  static final int SECONDS = 5;

  private final Supplier<T> loader;
  private final AtomicLong generation = new AtomicLong();
  private volatile T value;
  private volatile long loadedAt;

  Reloading(Supplier<T> loader) {
    this.loader = loader;
  }

  T get() {
    T current = value;
    if (current == null || System.nanoTime() - loadedAt > TimeUnit.SECONDS.toNanos(SECONDS)) {
      long before = generation.get();
      current = loader.get();
      synchronized (this) {
        if (generation.get() == before) {
          loadedAt = System.nanoTime();
          value = current;
        }
      }
    }
    return current;
  }

  synchronized void invalidate() {
    generation.incrementAndGet();
    value = null;
  }
}
