package news.broadsheet.moderation;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A value read from the database and kept for a few seconds, so that screening does not query
 * for it on every comment, while a change made by another process (the command line, another
 * node) arrives within {@link #SECONDS} seconds. A change made here calls {@link #invalidate}.
 */
final class Reloading<T> {

  static final int SECONDS = 5;

  private final Supplier<T> loader;
  private volatile T value;
  private volatile long loadedAt;

  Reloading(Supplier<T> loader) {
    this.loader = loader;
  }

  T get() {
    T current = value;
    if (current == null || System.nanoTime() - loadedAt > TimeUnit.SECONDS.toNanos(SECONDS)) {
      current = loader.get();
      loadedAt = System.nanoTime();
      value = current;
    }
    return current;
  }

  void invalidate() {
    value = null;
  }
}
