package news.broadsheet.moderation;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.comment.ReasonCodec;
import news.broadsheet.search.CommentIndexStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Finds the comments of a moderation queue tab. Reads comments, events and reports, and the search
 * index for the filters on words and names; never writes.
 */
public final class QueueStore {

  private static final String OPEN_REPORTED = "SELECT r.comment_id FROM comment_reports r WHERE r.reviewed = 0";
  private static final String OPEN_REPORT = "SELECT 1 FROM comment_reports r WHERE r.comment_id = c.id AND r.reviewed = 0";

  private final CommentIndexStore index;

  public QueueStore(CommentIndexStore index) {
    this.index = index;
  }

  private static String condition(QueueTab tab) {
    return switch (tab) {
      case PENDING -> "c.status = 'pending'";
      case REPORTED -> "c.status <> 'rejected' AND c.id IN (" + OPEN_REPORTED + ")";
      // Only readers' reports make a stored comment pending again, and a moderator's decision
      // closes its reports: a pending comment with none open was held by the screening.
      case HELD_AUTOMATICALLY -> "c.status = 'pending' AND NOT EXISTS (" + OPEN_REPORT + ")";
      case APPROVED -> "c.status = 'published'"
          + " AND c.id IN (SELECT e.comment_id FROM moderation_events e WHERE e.action = 'approved')";
      case REJECTED -> "c.status = 'rejected'";
    };
  }

  /** The ids of a tab's comments, in the tab's order, from an offset. */
  public List<Long> ids(Handle handle, QueueTab tab, QueueFilter filter, int limit, int offset) {
    List<Object> arguments = new ArrayList<>();
    String where = where(tab, filter, arguments);
    arguments.add(limit);
    arguments.add(offset);
    return idsWhere(handle, where + order(tab) + " LIMIT ? OFFSET ?", arguments);
  }

  /**
   * The ids of a tab's comments in the tab's order, after the comment {@code from} in that order
   * (from the start when null): pages that decisions on earlier pages do not shift.
   */
  public List<Long> idsAfter(Handle handle, QueueTab tab, QueueFilter filter, Long from, int limit) {
    List<Object> arguments = new ArrayList<>();
    String where = where(tab, filter, arguments);
    if (from != null) {
      where += tab.oldestFirst() ? " AND c.id > ?" : " AND c.id < ?";
      arguments.add(from);
    }
    arguments.add(limit);
    return idsWhere(handle, where + order(tab) + " LIMIT ?", arguments);
  }

  /** The ids of a tab's comments up to a comment id, oldest first, at most {@code limit}: what a bulk action covers. */
  public List<Long> idsUpTo(Handle handle, QueueTab tab, QueueFilter filter, long upTo, int limit) {
    List<Object> arguments = new ArrayList<>();
    String where = where(tab, filter, arguments) + " AND c.id <= ?";
    arguments.add(upTo);
    arguments.add(limit);
    return idsWhere(handle, where + " ORDER BY c.id LIMIT ?", arguments);
  }

  /** The ids of the comments after WHERE: a condition, its order and its limit. */
  private static List<Long> idsWhere(Handle handle, String condition, List<Object> arguments) {
    return bind(handle.createQuery("SELECT c.id FROM comments c WHERE " + condition), arguments)
        .mapTo(Long.class)
        .list();
  }

  /**
   * How many comments a tab holds under a filter. The comments held by the screening are counted as
   * the pending ones less those with open reports: both are read from small sets, where testing
   * every pending comment for reports grows with the queue.
   */
  public long count(Handle handle, QueueTab tab, QueueFilter filter) {
    if (tab == QueueTab.HELD_AUTOMATICALLY) {
      return countWhere(handle, condition(QueueTab.PENDING), true, filter)
          - countWhere(handle, condition(QueueTab.PENDING) + " AND c.id IN (" + OPEN_REPORTED + ")", true, filter);
    }
    return countWhere(handle, condition(tab), tab.holdsOnlyHidden(), filter);
  }

  private long countWhere(Handle handle, String condition, boolean hiddenOnly, QueueFilter filter) {
    List<Object> arguments = new ArrayList<>();
    String where = where(condition, hiddenOnly, filter, arguments);
    return bind(handle.createQuery("SELECT COUNT(*) FROM comments c WHERE " + where), arguments)
        .mapTo(Long.class)
        .one();
  }

  /** The newest comment id of a tab under a filter, or 0 when it has none. */
  public long newestId(Handle handle, QueueTab tab, QueueFilter filter) {
    List<Object> arguments = new ArrayList<>();
    String where = where(tab, filter, arguments);
    return bind(handle.createQuery("SELECT COALESCE(MAX(c.id), 0) FROM comments c WHERE " + where), arguments)
        .mapTo(Long.class)
        .one();
  }

  private static String order(QueueTab tab) {
    return " ORDER BY c.id " + (tab.oldestFirst() ? "ASC" : "DESC");
  }

  private String where(QueueTab tab, QueueFilter filter, List<Object> arguments) {
    return where(condition(tab), tab.holdsOnlyHidden(), filter, arguments);
  }

  /**
   * The condition with the filter's. Words and names are looked up in the search index; {@code
   * hiddenOnly} says the condition wants comments readers may not see alone, whose part of the
   * index is the smaller.
   */
  private String where(String condition, boolean hiddenOnly, QueueFilter filter, List<Object> arguments) {
    StringBuilder where = new StringBuilder(condition);
    if (filter.articleId() != null) {
      where.append(" AND c.article_id = ?");
      arguments.add(filter.articleId());
    }
    if (filter.commenter() != null) {
      String byName = index.idsByName(filter.commenter(), hiddenOnly, arguments);
      where.append(byName == null ? " AND (c.client_key = ?)" : " AND (c.id IN (" + byName + ") OR c.client_key = ?)");
      arguments.add(filter.commenter());
    }
    if (filter.text() != null) {
      where.append(" AND c.id IN (").append(index.idsWithWords(filter.text(), hiddenOnly, arguments)).append(')');
    }
    if (filter.reason() != null) {
      where.append(" AND c.reasons LIKE ?");
      arguments.add(ReasonCodec.likePatternOf(filter.reason()));
    }
    return where.toString();
  }

  private static Query bind(Query query, List<Object> arguments) {
    for (int i = 0; i < arguments.size(); i++) {
      query.bind(i, arguments.get(i));
    }
    return query;
  }
}
