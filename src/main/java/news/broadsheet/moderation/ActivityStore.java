package news.broadsheet.moderation;

import java.util.List;
import java.util.Optional;
import news.broadsheet.comment.CommentDraft;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * What screening asks about a commenter's earlier comments: repeats, pace, and whether they are
 * new. A guest is known by name (among guests' comments: an account's name is not a guest's) or
 * client, an account by its id or client. Reads the comments table by its commenter indexes;
 * never writes. Only comments posted on this site count: an imported archive's names say nothing
 * of who posts now.
 */
public final class ActivityStore {

  /** The condition of the commenter indexes, which hold posted comments alone. */
  private static final String POSTED = "origin = 'posted'";

  /** Texts posted on a story since a time by this commenter, newest first. */
  public List<String> recentTexts(Handle handle, CommentDraft draft, long sinceMillis, int limit) {
    return byCommenter(
            handle,
            "SELECT body FROM comments WHERE article_id = ? AND created_at >= ? AND ",
            draft,
            " ORDER BY created_at DESC LIMIT ?",
            draft.articleId(),
            sinceMillis)
        .bind(4, limit)
        .mapTo(String.class)
        .list();
  }

  /** Comments posted by an account, or from a client, since a time, counted up to a limit. */
  public int countRecent(Handle handle, Long accountId, String clientKey, long sinceMillis, int limit) {
    return handle
        .createQuery(
            "SELECT COUNT(*) FROM (SELECT 1 FROM comments WHERE " + (accountId != null ? "account_id" : "client_key")
                + " = ? AND created_at >= ? AND " + POSTED + " LIMIT ?) recent")
        .bind(0, accountId != null ? accountId : clientKey)
        .bind(1, sinceMillis)
        .bind(2, limit)
        .mapTo(Integer.class)
        .one();
  }

  /** Published comments by this commenter, counted up to a limit. */
  public int countPublished(Handle handle, CommentDraft draft, int limit) {
    return byCommenter(
            handle,
            "SELECT COUNT(*) FROM (SELECT 1 FROM comments WHERE ",
            draft,
            " AND status = 'published' LIMIT ?) earlier")
        .bind(2, limit)
        .mapTo(Integer.class)
        .one();
  }

  /** Who wrote a stored comment: its account (with the name shown), else the guest's name and client. */
  public Optional<Commenter> commenterOf(Handle handle, long commentId) {
    return handle
        .createQuery("SELECT account_id, name, client_key FROM comments WHERE id = ?")
        .bind(0, commentId)
        .map((rs, ctx) -> {
          long account = rs.getLong("account_id");
          return rs.wasNull()
              ? Commenter.guest(rs.getString("name"), rs.getString("client_key"))
              : Commenter.account(account, rs.getString("name"));
        })
        .findOne();
  }

  /**
   * A query whose condition on a posted comment's commenter, {@code ((name = ? AND account_id IS
   * NULL) OR client_key = ?)} for a guest or {@code (account_id = ? OR client_key = ?)} for an
   * account, follows the given leading arguments; the rest are bound by the caller after them.
   */
  private static Query byCommenter(Handle handle, String before, CommentDraft draft, String after, Object... leading) {
    String commenter = draft.byGuest() ? "(name = ? AND account_id IS NULL)" : "account_id = ?";
    Query query = handle.createQuery(before + POSTED + " AND (" + commenter + " OR client_key = ?)" + after);
    for (int i = 0; i < leading.length; i++) {
      query.bind(i, leading[i]);
    }
    return query
        .bind(leading.length, draft.byGuest() ? draft.name() : draft.accountId())
        .bind(leading.length + 1, draft.clientKey());
  }
}
