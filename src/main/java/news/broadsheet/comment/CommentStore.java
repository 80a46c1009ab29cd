package news.broadsheet.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads and writes reader comments. The only place that knows the comments table. */
public final class CommentStore {

  private static final String COLUMNS =
      "id, article_id, parent_id, name, posted_at, posted_local, body, status, origin, recommendations";

  /**
   * Stores the comments that are not stored yet (by identity) and returns how many were new.
   */
  public int insertNew(Handle handle, List<NewComment> comments, long nowMillis) {
    if (comments.isEmpty()) {
      return 0;
    }
    PreparedBatch batch =
        handle.prepareBatch(
            "INSERT INTO comments (article_id, parent_id, name, posted_at, posted_local, body,"
                + " status, origin, identity, occurrence, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?) ON CONFLICT (article_id, identity, occurrence) DO NOTHING");
    for (NewComment comment : comments) {
      batch
          .bind(0, comment.articleId())
          .bind(1, comment.parentId())
          .bind(2, comment.name())
          .bind(3, comment.postedAt().toEpochMilli())
          .bind(4, comment.postedLocal().toString())
          .bind(5, comment.text())
          .bind(6, comment.status().code())
          .bind(7, comment.origin().code())
          .bind(8, comment.identity().digest())
          .bind(9, comment.identity().occurrence())
          .bind(10, nowMillis)
          .add();
    }
    int added = 0;
    for (int count : batch.execute()) {
      added += Math.max(count, 0);
    }
    return added;
  }

  /** A story's comments with the given status, oldest first (ties in the order they were stored). */
  public List<Comment> ofArticle(Handle handle, long articleId, CommentStatus status) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM comments WHERE article_id = ? AND status = ?"
                + " ORDER BY posted_at, id")
        .bind(0, articleId)
        .bind(1, status.code())
        .map(CommentStore::comment)
        .list();
  }

  public long count(Handle handle) {
    return handle.createQuery("SELECT COUNT(*) FROM comments").mapTo(Long.class).one();
  }

  static Comment comment(ResultSet rs, StatementContext ctx) throws SQLException {
    long parent = rs.getLong("parent_id");
    Long parentId = rs.wasNull() ? null : parent;
    return new Comment(
        rs.getLong("id"),
        rs.getLong("article_id"),
        parentId,
        rs.getString("name"),
        Instant.ofEpochMilli(rs.getLong("posted_at")),
        LocalDateTime.parse(rs.getString("posted_local")),
        rs.getString("body"),
        CommentStatus.fromCode(rs.getString("status")),
        CommentOrigin.fromCode(rs.getString("origin")),
        rs.getInt("recommendations"));
  }
}
