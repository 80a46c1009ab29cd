package news.broadsheet.web.reader;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import news.broadsheet.comment.CommentSort;

/**
 * Rendered story pages kept in memory, per story, address, order, page and form mode.
 *
 * <p>Every story has a version (shared by a few stories, in stripes); a change to what a story's
 * pages show bumps it, and a page is looked up under the version read <em>before</em> it was
 * rendered. A comment acknowledged before a request arrives is therefore on that request's page,
 * even when a page rendered from older data is stored a moment later: that copy sits under the
 * old version and is never served again.
 *
 * <p>With several nodes on one database, changes made on other nodes arrive through the change
 * feed as they commit. While the feed is not current (its connection lost), pages are rendered
 * for every request, and once it is back every page is forgotten ({@link #invalidateAll}): changes
 * made meanwhile were not heard. The time a page may be kept is then only a safety net.
 */
final class StoryPageCache {

  private static final int STRIPES = 4096;
  private static final long MAX_BYTES = 32L * 1024 * 1024;

  private record Key(
      long articleId, String slug, CommentSort sort, int page, CommentForm.Mode mode, long version, long epoch) {}

  private final Cache<Key, PersonalizedPage> pages;
  private final AtomicLongArray versions = new AtomicLongArray(STRIPES);
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
    if (pages == null || !current.getAsBoolean()) {
      return render.get();
    }
    Key key = new Key(articleId, slug, sort, page, mode, versions.get(stripe(articleId)), epoch.get());
    return pages.get(key, k -> render.get());
  }

  /** Forgets every page of the story: something they show changed. */
  void invalidate(long articleId) {
    versions.incrementAndGet(stripe(articleId));
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
