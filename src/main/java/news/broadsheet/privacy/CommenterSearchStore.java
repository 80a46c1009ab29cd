package news.broadsheet.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Finds commenters by name for their data rights: what an account has posted, and the guests of a name by connection. */
final class CommenterSearchStore {

  /** How many of an account's comments are still stored, and when the latest was posted. */
  FoundCommenter account(Handle handle, DataSubject account, String role) {
    return handle
        .createQuery("SELECT COUNT(*) AS comments, MAX(posted_at) AS latest FROM comments"
            + " WHERE account_id = ? AND status <> 'erased'")
        .bind(0, account.accountId())
        .map((rs, ctx) -> new FoundCommenter(account, rs.getLong("comments"), latest(rs), role))
        .one();
  }

  /** The guests who posted under exactly this name, one for each connection, the latest first. */
  List<FoundCommenter> guests(Handle handle, String name, int limit) {
    return handle
        .createQuery("SELECT client_key, COUNT(*) AS comments, MAX(posted_at) AS latest FROM comments"
            + " WHERE name = ? AND account_id IS NULL AND origin = 'posted' AND status <> 'erased'"
            + " AND client_key IS NOT NULL GROUP BY client_key ORDER BY MAX(posted_at) DESC, client_key LIMIT ?")
        .bind(0, name)
        .bind(1, limit)
        .map((rs, ctx) -> new FoundCommenter(
            DataSubject.guest(name, rs.getString("client_key")), rs.getLong("comments"), latest(rs), null))
        .list();
  }

  private static Instant latest(ResultSet rs) throws SQLException {
    long millis = rs.getLong("latest");
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }
}
