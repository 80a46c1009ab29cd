package news.broadsheet.insight;

import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Counts, all at once, the comments a bulk load stored while it had set the insight insert
 * trigger aside: what {@code insight_comment_added} does a row, grouped, in the load's transaction
 * before it commits. The same statements run on SQLite and PostgreSQL (slot 0).
 */
public final class TallyStore {

  /** The comments' insert trigger whose work {@link #countLoaded} does for a bulk load. */
  public static final Set<String> COMMENT_INSERT_TRIGGERS = Set.of("insight_comment_added");

  private static final String COMMENTER =
      "CASE WHEN c.account_id IS NOT NULL THEN 'account:' || c.account_id ELSE 'name:' || c.name END";
  private static final String STATUSES =
      "SUM(CASE WHEN c.status = 'published' THEN 1 ELSE 0 END), SUM(CASE WHEN c.status = 'pending' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN c.status = 'rejected' THEN 1 ELSE 0 END)";
  private static final String ADD_STATUSES = " published = %1$s.published + excluded.published,"
      + " pending = %1$s.pending + excluded.pending, rejected = %1$s.rejected + excluded.rejected";

  private static final List<String> COUNT = List.of(
      "INSERT INTO insight_hours (hour, source, slot, published, pending, rejected)"
          + " SELECT substr(c.posted_local, 1, 13), a.source, 0, " + STATUSES
          + " FROM comments c JOIN articles a ON a.id = c.article_id WHERE c.id BETWEEN :first AND :last"
          + " GROUP BY substr(c.posted_local, 1, 13), a.source"
          + " ON CONFLICT (hour, source, slot) DO UPDATE SET" + ADD_STATUSES.formatted("insight_hours"),
      "INSERT INTO insight_story_days (day, article_id, slot, published, pending, rejected)"
          + " SELECT substr(c.posted_local, 1, 10), c.article_id, 0, " + STATUSES
          + " FROM comments c WHERE c.id BETWEEN :first AND :last GROUP BY substr(c.posted_local, 1, 10), c.article_id"
          + " ON CONFLICT (day, article_id, slot) DO UPDATE SET" + ADD_STATUSES.formatted("insight_story_days"),
      "INSERT INTO insight_commenters (commenter, first_at)"
          + " SELECT " + COMMENTER + ", MIN(c.posted_at) FROM comments c WHERE c.id BETWEEN :first AND :last GROUP BY " + COMMENTER
          + " ON CONFLICT (commenter) DO UPDATE SET first_at = excluded.first_at"
          + " WHERE excluded.first_at < insight_commenters.first_at",
      "INSERT INTO insight_commenter_days (day, source, commenter, comments)"
          + " SELECT substr(c.posted_local, 1, 10), a.source, " + COMMENTER + ", COUNT(*)"
          + " FROM comments c JOIN articles a ON a.id = c.article_id WHERE c.id BETWEEN :first AND :last"
          + " GROUP BY substr(c.posted_local, 1, 10), a.source, " + COMMENTER
          + " ON CONFLICT (day, source, commenter) DO UPDATE SET"
          + " comments = insight_commenter_days.comments + excluded.comments");

  /**
   * Counts the comments stored with the trigger set aside, by id from first to last (those a bulk
   * load merges after, the trigger counted). An import stores comments published and without
   * reasons, so no reason is counted.
   */
  public void countLoaded(Handle transaction, long firstCommentId, long lastCommentId) {
    for (String statement : COUNT) {
      transaction.createUpdate(statement).bind("first", firstCommentId).bind("last", lastCommentId).execute();
    }
  }
}
