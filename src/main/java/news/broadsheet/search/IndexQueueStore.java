package news.broadsheet.search;

import java.util.List;
import java.util.Set;
import news.broadsheet.storage.DeferredIndexes;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The queue of stories and comments to index, which the database's triggers fill (migrations V40
 * and V41): one row an item, numbered anew at each change of it.
 */
final class IndexQueueStore {

  private static final RowMapper<QueuedItem> ITEM =
      (rs, ctx) -> new QueuedItem(rs.getLong("seq"), DocumentKind.fromCode(rs.getString("kind")), rs.getLong("item_id"));

  private final boolean sqlite;

  IndexQueueStore(boolean sqlite) {
    this.sqlite = sqlite;
  }

  /** The number of the latest change queued so far (0 for none). */
  long end(Handle handle) {
    return handle.createQuery("SELECT COALESCE(MAX(seq), 0) FROM search_queue").mapTo(Long.class).one();
  }

  /**
   * The items queued after the change numbered {@code seq}, oldest first. On PostgreSQL they are
   * held until the transaction ends, skipping those another indexer holds.
   */
  List<QueuedItem> heldAfter(Handle handle, long seq, int limit) {
    return handle.createQuery("SELECT seq, kind, item_id FROM search_queue WHERE seq > ? ORDER BY seq LIMIT ?"
            + (sqlite ? "" : " FOR UPDATE SKIP LOCKED"))
        .bind(0, seq)
        .bind(1, limit)
        .map(ITEM)
        .list();
  }

  /** Queued stories with an id above the one given, in the order of their ids. */
  List<QueuedItem> stories(Handle handle, long afterId, int limit) {
    return handle.createQuery("SELECT seq, kind, item_id FROM search_queue WHERE kind = 'story' AND item_id > ?"
            + " ORDER BY item_id LIMIT ?")
        .bind(0, afterId)
        .bind(1, limit)
        .map(ITEM)
        .list();
  }

  /**
   * Queued items changed after the change numbered {@code seq}, oldest first, whatever their kind
   * (a filter on the kind would make SQLite read the queue by kind and sort it, at every batch).
   */
  List<QueuedItem> changedAfter(Handle handle, long seq, int limit) {
    return handle.createQuery("SELECT seq, kind, item_id FROM search_queue WHERE seq > ? ORDER BY seq LIMIT ?")
        .bind(0, seq)
        .bind(1, limit)
        .map(ITEM)
        .list();
  }

  /** Whether documents indexed before pair terms were (migration V43) may still wait to be indexed again. */
  boolean pairsPending(Handle handle) {
    return handle.createQuery("SELECT COUNT(*) FROM search_pairs_pending").mapTo(Long.class).one() > 0;
  }

  /** Notes that every document has its pair terms, once the queue is past the changes V43 queued. */
  void endPairsPending(Handle handle) {
    handle.execute("DELETE FROM search_pairs_pending WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE seq <= up_to_seq)");
  }

  long size(Handle handle) {
    return handle.createQuery("SELECT COUNT(*) FROM search_queue").mapTo(Long.class).one();
  }

  /** Queues every story and comment that is not queued yet; returns how many were queued. */
  int queueEverything(Handle handle) {
    return handle.createUpdate("INSERT INTO search_queue (kind, item_id) SELECT 'story', a.id FROM articles a"
            + " WHERE NOT EXISTS (SELECT 1 FROM search_queue q WHERE q.kind = 'story' AND q.item_id = a.id) ORDER BY a.id")
        .execute() + queueCommentsFrom(handle, Long.MIN_VALUE);
  }

  /**
   * Queues a story and its comments again and takes their documents out of the index at once, as
   * the triggers do for a changed item: for a change of whether readers may see the story.
   */
  void requeueStory(Handle handle, long storyId) {
    requeue(handle, "SELECT 'story', ?", storyId);
    requeue(handle, "SELECT 'comment', id FROM comments WHERE article_id = ? ORDER BY id", storyId);
    handle.createUpdate("DELETE FROM search_documents WHERE article_id = ?").bind(0, storyId).execute();
  }

  /** Queues the rows of a query of one story's items, numbering anew those queued already. */
  private void requeue(Handle handle, String items, long storyId) {
    handle.createUpdate((sqlite ? "INSERT OR REPLACE" : "INSERT") + " INTO search_queue (kind, item_id) " + items
            + (sqlite ? "" : " ON CONFLICT (kind, item_id) DO UPDATE SET seq = nextval('search_queue_seq_seq')"))
        .bind(0, storyId)
        .execute();
  }

  /**
   * Queues the comments a bulk load stored, from the id given on; returns how many were queued.
   * On PostgreSQL the queue's unique index of items is set aside while the rows go in and built
   * once after them (the rows' absence from the queue is checked by the statement itself): kept up
   * to date row by row, it took more than twice as long for a million comments, every new key
   * going into the middle of the index. That locks the queue until the load commits (the load
   * holds the comments table so already, and with it every posting); when the queue cannot be
   * locked within seconds (a transaction that holds it waits for the comments the load holds),
   * the rows go in with the index kept up to date instead.
   */
  int queueBulkLoaded(Handle handle, long firstId) {
    if (sqlite || !lockedAlone(handle)) {
      return queueCommentsFrom(handle, firstId);
    }
    DeferredIndexes setAside = DeferredIndexes.setAside(handle, "search_queue", false, Set.of());
    int queued = queueCommentsFrom(handle, firstId);
    setAside.restore();
    return queued;
  }

  private static boolean lockedAlone(Handle handle) {
    handle.savepoint("search_queue_lock");
    try {
      handle.execute("SET LOCAL lock_timeout = '3s'");
      handle.execute("LOCK TABLE search_queue IN ACCESS EXCLUSIVE MODE");
      handle.execute("SET LOCAL lock_timeout = DEFAULT");
      handle.release("search_queue_lock");
      return true;
    } catch (RuntimeException busyOrDeadlocked) {
      handle.rollbackToSavepoint("search_queue_lock");
      return false;
    }
  }

  private int queueCommentsFrom(Handle handle, long firstId) {
    return handle.createUpdate("INSERT INTO search_queue (kind, item_id) SELECT 'comment', c.id FROM comments c"
            + " WHERE c.id >= ? AND NOT EXISTS (SELECT 1 FROM search_queue q WHERE q.kind = 'comment' AND q.item_id = c.id)"
            + " ORDER BY c.id")
        .bind(0, firstId)
        .execute();
  }
}
