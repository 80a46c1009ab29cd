package news.broadsheet.comment;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * SQLite's import of comments: one insert statement prepared once for all the files of a
 * transaction and bound with plain JDBC, no reasons, client key or thread root (the columns'
 * defaults). SQLite runs in the process, so every file's comments are stored at once and a merge
 * keeps what the identity index does not already hold. What every imported comment shares (no
 * parent, published, imported, stored now) is written into the statement rather than bound row
 * by row: a bound value is a call into SQLite's library for each of a million comments.
 */
final class SqliteCommentImportStore implements CommentImportStore {

  private static final String INSERT_NEW =
      "INSERT INTO comments (article_id, parent_id, name, posted_at, posted_local, body, status, origin,"
          + " identity, occurrence, created_at) VALUES (?, NULL, ?, ?, ?, ?, '%s', '%s', ?, ?, %d)"
          + " ON CONFLICT (article_id, identity, occurrence) DO NOTHING";

  private final Handle handle;
  private final Map<Integer, Integer> merged = new HashMap<>();
  private PreparedStatement insert;
  private long insertedAt;

  SqliteCommentImportStore(Handle handle) {
    this.handle = handle;
  }

  @Override
  public void insertAll(List<NewComment> comments, long nowMillis) {
    insertNew(comments, nowMillis);
  }

  @Override
  public void merge(int file, List<NewComment> comments, long nowMillis) {
    merged.put(file, insertNew(comments, nowMillis));
  }

  @Override
  public void flush() {}

  @Override
  public Map<Integer, Integer> finish() {
    Map<Integer, Integer> counts = Map.copyOf(merged);
    merged.clear();
    return counts;
  }

  /** Stores the comments not stored yet and returns how many were new. */
  int insertNew(List<NewComment> comments, long nowMillis) {
    if (comments.isEmpty()) {
      return 0;
    }
    try {
      if (insert == null || insertedAt != nowMillis) {
        close();
        insert = handle.getConnection().prepareStatement(
            String.format(INSERT_NEW, CommentStatus.PUBLISHED.code(), CommentOrigin.IMPORTED.code(), nowMillis));
        insertedAt = nowMillis;
      }
      for (NewComment comment : comments) {
        bind(comment);
        insert.addBatch();
      }
      int added = 0;
      for (int count : insert.executeBatch()) {
        added += Math.max(count, 0);
      }
      return added;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store comments: " + e.getMessage(), e);
    }
  }

  private void bind(NewComment comment) throws SQLException {
    if (comment.parentId() != null || comment.status() != CommentStatus.PUBLISHED || comment.origin() != CommentOrigin.IMPORTED) {
      throw new IllegalArgumentException("an imported comment is published, imported and no reply");
    }
    insert.setLong(1, comment.articleId());
    insert.setString(2, comment.name());
    insert.setLong(3, comment.postedAt().toEpochMilli());
    insert.setString(4, comment.postedLocal().toString());
    insert.setString(5, comment.text());
    insert.setString(6, comment.identity().digest());
    insert.setInt(7, comment.identity().occurrence());
  }

  @Override
  public void close() {
    if (insert == null) {
      return;
    }
    try {
      insert.close();
      insert = null;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close the comment insert: " + e.getMessage(), e);
    }
  }
}
