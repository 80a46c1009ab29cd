package news.broadsheet.comment;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Reads the published comments of one story after another for an export, with one query prepared
 * once for all of them and read with plain JDBC: the columns an archive keeps, in the story's
 * order (oldest first, then as stored). Close it when done.
 */
public final class PublishedCommentReader implements AutoCloseable {

  private static final String OF_ARTICLE =
      "SELECT name, posted_local, body, origin FROM comments"
          + " WHERE article_id = ? AND status = 'published' ORDER BY posted_at, id";

  private final Handle handle;
  private PreparedStatement query;

  PublishedCommentReader(Handle handle) {
    this.handle = handle;
  }

  public List<ArchivableComment> of(long articleId) {
    try {
      if (query == null) {
        query = handle.getConnection().prepareStatement(OF_ARTICLE);
      }
      query.setLong(1, articleId);
      List<ArchivableComment> comments = new ArrayList<>();
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          comments.add(
              new ArchivableComment(
                  rs.getString(1),
                  StoredTimes.localDateTime(rs.getString(2)),
                  rs.getString(3),
                  CommentOrigin.fromCode(rs.getString(4))));
        }
      }
      return comments;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the comments of story " + articleId + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (query == null) {
      return;
    }
    try {
      query.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close the comment query: " + e.getMessage(), e);
    }
  }
}
