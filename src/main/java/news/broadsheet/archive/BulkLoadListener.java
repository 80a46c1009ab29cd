package news.broadsheet.archive;

import org.jdbi.v3.core.Handle;

/**
 * Hears of the comments a bulk load stored, in its transaction just before it commits. A bulk
 * load sets the comments table's insert triggers aside for speed; its listeners do for all the
 * rows at once what those triggers do row by row (the search index's queue).
 */
@FunctionalInterface
public interface BulkLoadListener {

  /** The load stored comments from this id on (and none of those before it). */
  void loaded(Handle transaction, long firstCommentId);
}
