package news.broadsheet.search;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** The index proper, which each database keeps its own way: FTS5 tables, or a tsvector column. */
interface IndexStore {

  /**
   * Takes off the queue the items still queued for the change they were read at, and for those
   * only stores their documents in place of their former ones (if any).
   *
   * @return how many items were taken
   */
  int write(Handle handle, List<Indexed> batch);

  /**
   * The newest documents that the match finds, among those readers may see ({@code visible}) or
   * the others, with ids from low to high.
   */
  List<Long> newest(Handle handle, Match match, boolean visible, long low, long high, int limit);

  static IndexStore forDatabase(boolean sqlite) {
    return sqlite ? new SqliteIndexStore() : new PostgresIndexStore();
  }
}
