package news.broadsheet.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    String each = "SELECT id, body, created_at FROM comments WHERE %s AND created_at >= ? AND " + POSTED
        + " AND +article_id = ?";
    return byCommenter(
            handle, "", each, List.of(sinceMillis, draft.articleId()), " ORDER BY created_at DESC LIMIT ?", List.of(limit), draft)
        .map((rs, ctx) -> rs.getString("body"))
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
    String each = "SELECT id FROM comments WHERE %s AND " + POSTED + " AND status = 'published'";
    return byCommenter(handle, "SELECT COUNT(*) FROM (", each, List.of(), " LIMIT ?) earlier", List.of(limit), draft)
        .mapTo(Integer.class)
        .one();
  }

  /** Who wrote a stored comment: its account (with the name shown), else the guest's name and client. */
  public Optional<Commenter> commenterOf(Handle handle, long commentId) {
    return handle
        .createQuery("SELECT account_id, name, client_key FROM comments WHERE id = ?")
        .bind(0, commentId)
        .map((rs, ctx) -> commenter(rs))
        .findOne();
  }

  private static Commenter commenter(ResultSet rs) throws SQLException {
    long account = rs.getLong("account_id");
    return rs.wasNull()
        ? Commenter.guest(rs.getString("name"), rs.getString("client_key"))
        : Commenter.account(account, rs.getString("name"));
  }

  /** Who wrote each of these stored comments, by comment id (as {@link #commenterOf}). */
  public Map<Long, Commenter> commentersOf(Handle handle, Collection<Long> commentIds) {
    Map<Long, Commenter> found = new HashMap<>();
    if (!commentIds.isEmpty()) {
      handle
          .createQuery("SELECT id, account_id, name, client_key FROM comments WHERE id IN (<ids>)")
          .bindList("ids", List.copyOf(commentIds))
          .map((rs, ctx) -> Map.entry(rs.getLong("id"), commenter(rs)))
          .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
    }
    return found;
  }

  /**
   * A query over one commenter's comments: {@code before}, then {@code each} (a SELECT with {@code
   * %s} where the commenter goes, followed by placeholders for {@code eachArguments}) once for the
   * commenter's name as a guest ({@code name = ? AND account_id IS NULL}) or account ({@code
   * account_id = ?}) and once for the client ({@code client_key = ?}), joined by UNION (a comment
   * found both ways counts once), then {@code after} with {@code afterArguments}. Two lookups by
   * the commenter indexes, not one condition with OR, which SQLite answers by reading every posted
   * comment.
   */
  private static Query byCommenter(
      Handle handle,
      String before,
      String each,
      List<?> eachArguments,
      String after,
      List<?> afterArguments,
      CommentDraft draft) {
    String commenter = draft.byGuest() ? "name = ? AND account_id IS NULL" : "account_id = ?";
    Query query =
        handle.createQuery(before + each.formatted(commenter) + " UNION " + each.formatted("client_key = ?") + after);
    List<Object> arguments = new ArrayList<>();
    arguments.add(draft.byGuest() ? draft.name() : draft.accountId());
    arguments.addAll(eachArguments);
    arguments.add(draft.clientKey());
    arguments.addAll(eachArguments);
    arguments.addAll(afterArguments);
    for (int i = 0; i < arguments.size(); i++) {
      query.bind(i, arguments.get(i));
    }
    return query;
  }
}
