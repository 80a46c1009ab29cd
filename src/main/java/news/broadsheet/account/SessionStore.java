package news.broadsheet.account;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Reads and writes login sessions and the clients accounts log in from. The only place that knows
 * the sessions and login_clients tables.
 */
public final class SessionStore {

  /** A session's user and when the session was last used. */
  record Lasting(User user, long lastSeenAt) {}

  void insertSession(Handle handle, String tokenDigest, long userId, long now, long expires) {
    handle
        .createUpdate(
            "INSERT INTO sessions (token_digest, user_id, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?)")
        .bind(0, tokenDigest)
        .bind(1, userId)
        .bind(2, now)
        .bind(3, expires)
        .bind(4, now)
        .execute();
  }

  /** The user of a session that has neither reached its end nor been idle since {@code idleSince}. */
  Optional<Lasting> lasting(Handle handle, String tokenDigest, long now, long idleSince) {
    return handle
        .createQuery(
            "SELECT u.id, u.name, u.role, u.disabled, s.last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id"
                + " WHERE s.token_digest = ? AND s.expires_at > ? AND s.last_seen_at > ?")
        .bind(0, tokenDigest)
        .bind(1, now)
        .bind(2, idleSince)
        .map((rs, ctx) -> new Lasting(AccountStore.user(rs), rs.getLong("last_seen_at")))
        .findOne();
  }

  void touch(Handle handle, String tokenDigest, long now) {
    handle.createUpdate("UPDATE sessions SET last_seen_at = ? WHERE token_digest = ?").bind(0, now).bind(1, tokenDigest).execute();
  }

  void deleteSession(Handle handle, String tokenDigest) {
    handle.createUpdate("DELETE FROM sessions WHERE token_digest = ?").bind(0, tokenDigest).execute();
  }

  /** Deletes sessions past their end or idle since {@code idleSince}; how many. */
  int deleteExpired(Handle handle, long now, long idleSince) {
    return handle
        .createUpdate("DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?")
        .bind(0, now)
        .bind(1, idleSince)
        .execute();
  }

  /** Whether the account logged in from this client (by digest) since the given time. */
  boolean knownClient(Handle handle, long userId, String clientDigest, long since) {
    return handle
        .createQuery("SELECT COUNT(*) FROM login_clients WHERE user_id = ? AND client_digest = ? AND last_login_at > ?")
        .bind(0, userId)
        .bind(1, clientDigest)
        .bind(2, since)
        .mapTo(Long.class)
        .one() > 0;
  }

  void rememberClient(Handle handle, long userId, String clientDigest, long now) {
    handle
        .createUpdate(
            "INSERT INTO login_clients (user_id, client_digest, last_login_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (user_id, client_digest) DO UPDATE SET last_login_at = excluded.last_login_at")
        .bind(0, userId)
        .bind(1, clientDigest)
        .bind(2, now)
        .execute();
  }

  /** Forgets clients not logged in from since the given time; how many. */
  int forgetClients(Handle handle, long before) {
    return handle.createUpdate("DELETE FROM login_clients WHERE last_login_at <= ?").bind(0, before).execute();
  }
}
