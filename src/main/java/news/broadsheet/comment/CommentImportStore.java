package news.broadsheet.comment;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * Stores the comments of imported files that are not stored yet (by identity), with one insert
 * statement prepared once for all the files of a transaction and bound with plain JDBC: no
 * reasons, client key or thread root (the columns' defaults). Close it before the transaction
 * ends.
 */
public final class CommentImportStore implements AutoCloseable {

  private static final String INSERT_NEW =
      "INSERT INTO comments (article_id, parent_id, name, posted_at, posted_local, body, status, origin,"
          + " identity, occurrence, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (article_id, identity, occurrence) DO NOTHING";

  private final Handle handle;
  private PreparedStatement insert;

  CommentImportStore(Handle handle) {
    this.handle = handle;
  }

  /** Stores the comments not stored yet and returns how many were new. */
  public int insertNew(List<NewComment> comments, long nowMillis) {
    return insertNew(comments, nowMillis, stored -> {});
  }

  /** Stores the comments not stored yet, tells {@code stored} of each, and returns how many were new. */
  public int insertNew(List<NewComment> comments, long nowMillis, Consumer<NewComment> stored) {
    if (comments.isEmpty()) {
      return 0;
    }
    try {
      if (insert == null) {
        insert = handle.getConnection().prepareStatement(INSERT_NEW);
      }
      for (NewComment comment : comments) {
        bind(comment, nowMillis);
        insert.addBatch();
      }
      int added = 0;
      int[] counts = insert.executeBatch();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] > 0) {
          added++;
          stored.accept(comments.get(i));
        }
      }
      return added;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store comments: " + e.getMessage(), e);
    }
  }

  private void bind(NewComment comment, long now) throws SQLException {
    insert.setLong(1, comment.articleId());
    if (comment.parentId() == null) {
      insert.setNull(2, Types.BIGINT);
    } else {
      insert.setLong(2, comment.parentId());
    }
    insert.setString(3, comment.name());
    insert.setLong(4, comment.postedAt().toEpochMilli());
    insert.setString(5, comment.postedLocal().toString());
    insert.setString(6, comment.text());
    insert.setString(7, comment.status().code());
    insert.setString(8, comment.origin().code());
    insert.setString(9, comment.identity().digest());
    insert.setInt(10, comment.identity().occurrence());
    insert.setLong(11, now);
  }

  @Override
  public void close() {
    if (insert == null) {
      return;
    }
    try {
      insert.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close the comment insert: " + e.getMessage(), e);
    }
  }
}
