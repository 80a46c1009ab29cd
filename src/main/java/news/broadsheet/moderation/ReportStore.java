package news.broadsheet.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads and writes readers' reports, {@code comment_reports}. */
public final class ReportStore {

  /** Records a report; false when this reader had reported the comment already. */
  public boolean insert(Handle handle, long commentId, String reporterKey, String reason, long nowMillis) {
    return handle
            .createUpdate(
                "INSERT INTO comment_reports (comment_id, reporter_key, reason, created_at) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (comment_id, reporter_key) DO NOTHING")
            .bind(0, commentId)
            .bind(1, reporterKey)
            .bind(2, reason)
            .bind(3, nowMillis)
            .execute()
        > 0;
  }

  /** Reports no moderator has looked at since they were made. */
  public int countOpen(Handle handle, long commentId) {
    return handle
        .createQuery("SELECT COUNT(*) FROM comment_reports WHERE comment_id = ? AND reviewed = 0")
        .bind(0, commentId)
        .mapTo(Integer.class)
        .one();
  }

  /** A comment's reports, oldest first. */
  public List<Report> ofComment(Handle handle, long commentId) {
    return handle
        .createQuery(
            "SELECT id, comment_id, reporter_key, reason, reviewed, created_at FROM comment_reports"
                + " WHERE comment_id = ? ORDER BY id")
        .bind(0, commentId)
        .map(ReportStore::report)
        .list();
  }

  /** The reports no moderator has looked at yet of each of these comments, oldest first, by comment id. */
  public Map<Long, List<Report>> openOf(Handle handle, Collection<Long> commentIds) {
    Map<Long, List<Report>> found = new HashMap<>();
    if (!commentIds.isEmpty()) {
      handle
          .createQuery(
              "SELECT id, comment_id, reporter_key, reason, reviewed, created_at FROM comment_reports"
                  + " WHERE reviewed = 0 AND comment_id IN (<ids>) ORDER BY id")
          .bindList("ids", List.copyOf(commentIds))
          .map(ReportStore::report)
          .forEach(report -> found.computeIfAbsent(report.commentId(), id -> new ArrayList<>()).add(report));
    }
    return found;
  }

  private static Report report(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Report(rs.getLong("id"), rs.getLong("comment_id"), rs.getString("reporter_key"), rs.getString("reason"),
        rs.getInt("reviewed") != 0, Instant.ofEpochMilli(rs.getLong("created_at")));
  }

  /** Marks a comment's reports as seen by a moderator, who has now decided on it. */
  public void markReviewed(Handle handle, long commentId) {
    handle.createUpdate("UPDATE comment_reports SET reviewed = 1 WHERE comment_id = ? AND reviewed = 0")
        .bind(0, commentId)
        .execute();
  }
}
