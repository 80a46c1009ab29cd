package news.broadsheet.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Finds the comments of a moderation queue tab. Reads comments, events and reports; never writes. */
public final class QueueStore {

  private static String condition(QueueTab tab) {
    return switch (tab) {
      case PENDING -> "c.status = 'pending'";
      case REPORTED -> "c.status <> 'rejected'"
          + " AND c.id IN (SELECT r.comment_id FROM comment_reports r WHERE r.reviewed = 0)";
      case HELD_AUTOMATICALLY -> "c.status = 'pending' AND (SELECT e.actor_kind FROM moderation_events e"
          + " WHERE e.comment_id = c.id ORDER BY e.id DESC LIMIT 1) = 'screening'";
      case APPROVED -> "c.status = 'published'"
          + " AND c.id IN (SELECT e.comment_id FROM moderation_events e WHERE e.action = 'approved')";
      case REJECTED -> "c.status = 'rejected'";
    };
  }

  /** The ids of a tab's comments, in the tab's order. */
  public List<Long> ids(Handle handle, QueueTab tab, QueueFilter filter, int limit, int offset) {
    List<Object> arguments = new ArrayList<>();
    String where = where(tab, filter, arguments);
    arguments.add(limit);
    arguments.add(offset);
    return bind(handle.createQuery(
            "SELECT c.id FROM comments c WHERE " + where + " ORDER BY c.id " + (tab.oldestFirst() ? "ASC" : "DESC")
                + " LIMIT ? OFFSET ?"), arguments)
        .mapTo(Long.class)
        .list();
  }

  public long count(Handle handle, QueueTab tab, QueueFilter filter) {
    List<Object> arguments = new ArrayList<>();
    String where = where(tab, filter, arguments);
    return bind(handle.createQuery("SELECT COUNT(*) FROM comments c WHERE " + where), arguments)
        .mapTo(Long.class)
        .one();
  }

  private static String where(QueueTab tab, QueueFilter filter, List<Object> arguments) {
    StringBuilder where = new StringBuilder(condition(tab));
    if (filter.articleId() != null) {
      where.append(" AND c.article_id = ?");
      arguments.add(filter.articleId());
    }
    if (filter.commenter() != null) {
      where.append(" AND (LOWER(c.name) = ? OR c.client_key = ?)");
      arguments.add(filter.commenter().toLowerCase(Locale.ROOT));
      arguments.add(filter.commenter());
    }
    if (filter.text() != null) {
      where.append(" AND LOWER(c.body) LIKE ? ESCAPE '!'");
      arguments.add("%" + filter.text().toLowerCase(Locale.ROOT).replaceAll("([!%_])", "!$1") + "%");
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
