package news.broadsheet.moderation;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * What screening asks about a commenter's earlier comments: repeats, pace, and whether they are
 * new. Reads the comments table by its commenter indexes; never writes. Only comments posted on
 * this site count: an imported archive's names say nothing of who posts now.
 */
public final class ActivityStore {

  /** The condition of the commenter indexes, which hold posted comments alone. */
  private static final String POSTED = "origin = 'posted'";

  /** Texts posted on a story since a time by this name or this client, newest first. */
  public List<String> recentTexts(Handle handle, long articleId, String name, String clientKey, long sinceMillis, int limit) {
    return handle
        .createQuery(
            "SELECT body FROM comments WHERE article_id = ? AND created_at >= ? AND " + POSTED + " AND (name = ? OR client_key = ?)"
                + " ORDER BY created_at DESC LIMIT ?")
        .bind(0, articleId)
        .bind(1, sinceMillis)
        .bind(2, name)
        .bind(3, clientKey)
        .bind(4, limit)
        .mapTo(String.class)
        .list();
  }

  /** Comments posted from a client since a time, counted up to a limit. */
  public int countFromClient(Handle handle, String clientKey, long sinceMillis, int limit) {
    return handle
        .createQuery(
            "SELECT COUNT(*) FROM (SELECT 1 FROM comments WHERE client_key = ? AND created_at >= ? AND " + POSTED
                + " LIMIT ?) recent")
        .bind(0, clientKey)
        .bind(1, sinceMillis)
        .bind(2, limit)
        .mapTo(Integer.class)
        .one();
  }

  /** Published comments by this name or this client, counted up to a limit. */
  public int countPublished(Handle handle, String name, String clientKey, int limit) {
    return handle
        .createQuery(
            "SELECT COUNT(*) FROM (SELECT 1 FROM comments WHERE (name = ? OR client_key = ?)"
                + " AND " + POSTED + " AND status = 'published' LIMIT ?) earlier")
        .bind(0, name)
        .bind(1, clientKey)
        .bind(2, limit)
        .mapTo(Integer.class)
        .one();
  }
}
