package news.broadsheet.search;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** The index proper, which each database keeps its own way: FTS5 tables, or a tsvector column. */
interface IndexStore {

  /**
   * Items waiting to be indexed.
   *
   * @param newestFirst the latest changes first (a writer indexing what it just wrote), else the oldest
   * @param claim hold the rows until the transaction ends, skipping those another indexer holds
   *     (PostgreSQL; SQLite's one writer holds them all anyway)
   */
  List<QueuedItem> queued(Handle handle, int limit, boolean newestFirst, boolean claim);

  /** Stores the document in place of the item's former one (if any). */
  void replace(Handle handle, SearchDocument document);

  /**
   * The newest documents that the match finds, among those readers may see ({@code visible}) or
   * the others, with ids from low to high.
   */
  List<Long> newest(Handle handle, Match match, boolean visible, long low, long high, int limit);

  static IndexStore forDatabase(boolean sqlite) {
    return sqlite ? new SqliteIndexStore() : new PostgresIndexStore();
  }
}
