package news.broadsheet.moderation;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

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
        .map((rs, ctx) -> new Report(rs.getLong("id"), rs.getLong("comment_id"), rs.getString("reporter_key"),
            rs.getString("reason"), rs.getInt("reviewed") != 0, Instant.ofEpochMilli(rs.getLong("created_at"))))
        .list();
  }

  /** Marks a comment's reports as seen by a moderator, who has now decided on it. */
  public void markReviewed(Handle handle, long commentId) {
    handle.createUpdate("UPDATE comment_reports SET reviewed = 1 WHERE comment_id = ? AND reviewed = 0")
        .bind(0, commentId)
        .execute();
  }
}
