package news.broadsheet.archive;

import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Stands in, for a bulk load, for some insert triggers of the comments table: the load sets those
 * triggers aside for speed, and the listener does for all the rows at once, in the load's
 * transaction just before it commits, what they do row by row (the search index's queue, the
 * commenters' counts). The table's other triggers stay and run for each row.
 */
public interface BulkLoadListener {

  /** The names of the insert triggers whose work {@link #loaded} does. */
  Set<String> triggers();

  /**
   * The load stored comments from the first id on (and none of those before it), those up to the
   * last id with the triggers set aside, and any after it (merged into stories stored before) with
   * them.
   */
  void loaded(Handle transaction, long firstCommentId, long lastSetAsideId);

  /** A listener that does the work of the triggers named. */
  static BulkLoadListener of(Set<String> triggers, Work work) {
    return new BulkLoadListener() {
      @Override
      public Set<String> triggers() {
        return triggers;
      }

      @Override
      public void loaded(Handle transaction, long firstCommentId, long lastSetAsideId) {
        work.loaded(transaction, firstCommentId, lastSetAsideId);
      }
    };
  }

  /** What a listener does once a bulk load has stored its comments. */
  @FunctionalInterface
  interface Work {
    void loaded(Handle transaction, long firstCommentId, long lastSetAsideId);
  }
}
