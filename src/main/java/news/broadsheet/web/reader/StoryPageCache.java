package news.broadsheet.web.reader;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import news.broadsheet.comment.CommentSort;
import news.broadsheet.storage.DatabaseUnavailableException;

/**
 * Rendered story pages kept in memory, per story, address, order, page and form mode.
 *
 * <p>Every story has a version (shared by a few stories, in stripes); a change to what a story's
 * pages show bumps it, and a page is looked up under the version read <em>before</em> it was
 * rendered. A comment acknowledged before a request arrives is therefore on that request's page,
 * even when a page rendered from older data is stored a moment later: that copy sits under the
 * old version and is never served again.
 *
 * <p>A recommendation changes nothing but a count, and comes in bursts on a busy story: it does not
 * bump the version at once, but marks the story's stripe to be bumped {@link #RECOUNT_AFTER} later,
 * at the first request after that; however many recommendations come, on this node or another, the
 * pages are rendered again at most once in that time, and every node shows the count within a
 * second.
 *
 * <p>With several nodes on one database, changes made on other nodes arrive through the change
 * feed as they commit. While the feed is not current (its connection lost), pages are rendered
 * for every request (the page kept is served only when the database does not answer either), and once it is back every page is forgotten ({@link #invalidateAll}): changes
 * made meanwhile were not heard. The time a page may be kept is then only a safety net.
 */
final class StoryPageCache {

  private static final int STRIPES = 4096;
  private static final long MAX_BYTES = 32L * 1024 * 1024;
  static final Duration RECOUNT_AFTER = Duration.ofMillis(500);

  private record Key(
      long articleId, String slug, CommentSort sort, int page, CommentForm.Mode mode, long version, long epoch) {}

  private final Cache<Key, PersonalizedPage> pages;
  private final AtomicLongArray versions = new AtomicLongArray(STRIPES);
  /** When each stripe's counts are due to show (System.nanoTime(), never 0), or 0 when none waits. */
  private final AtomicLongArray recountDue = new AtomicLongArray(STRIPES);
  private final AtomicLong epoch = new AtomicLong();
  private final BooleanSupplier current;

  /**
   * @param seconds how long a page may be served from memory; 0 renders every request
   * @param current whether every change made to the database is heard now (else pages are rendered afresh)
   */
  StoryPageCache(int seconds, BooleanSupplier current) {
    this.current = current;
    this.pages =
        seconds == 0
            ? null
            : Caffeine.newBuilder()
                .maximumWeight(MAX_BYTES)
                .<Key, PersonalizedPage>weigher((key, page) -> page.weight())
                .expireAfterWrite(Duration.ofSeconds(seconds))
                .build();
  }

  /**
   * The cached page, or the one {@code render} makes (stored when it is not null). Concurrent
   * requests for a page that is missing wait for one rendering.
   */
  PersonalizedPage get(
      long articleId, String slug, CommentSort sort, int page, CommentForm.Mode mode, Supplier<PersonalizedPage> render) {
    if (pages == null) {
      return render.get();
    }
    int stripe = stripe(articleId);
    if (!current.getAsBoolean()) {
      return renderedAfresh(new Key(articleId, slug, sort, page, mode, versions.get(stripe), epoch.get()), render);
    }
    long due = recountDue.get(stripe);
    if (due != 0 && System.nanoTime() - due >= 0 && recountDue.compareAndSet(stripe, due, 0)) {
      versions.incrementAndGet(stripe);
    }
    Key key = new Key(articleId, slug, sort, page, mode, versions.get(stripe), epoch.get());
    return pages.get(key, k -> render.get());
  }

  /**
   * A page rendered for this request alone, while changes made elsewhere may go unheard; should
   * the database not answer either, the page kept (if any) is the best there is: nothing changes
   * while the database is away.
   */
  private PersonalizedPage renderedAfresh(Key key, Supplier<PersonalizedPage> render) {
    try {
      return render.get();
    } catch (DatabaseUnavailableException down) {
      PersonalizedPage kept = pages.getIfPresent(key);
      if (kept == null) {
        throw down;
      }
      return kept;
    }
  }

  /** Forgets every page of the story: something they show changed. */
  void invalidate(long articleId) {
    versions.incrementAndGet(stripe(articleId));
  }

  /** A count the story's pages show changed: they show it within {@link #RECOUNT_AFTER}. */
  void recounted(long articleId) {
    recountDue.compareAndSet(stripe(articleId), 0, (System.nanoTime() + RECOUNT_AFTER.toNanos()) | 1);
  }

  /** Forgets every page of every story: changes may have been missed. */
  void invalidateAll() {
    epoch.incrementAndGet();
    if (pages != null) {
      pages.invalidateAll();
    }
  }

  private static int stripe(long articleId) {
    return (int) Math.floorMod(articleId * 0x9E3779B97F4A7C15L >>> 32, (long) STRIPES);
  }
}
