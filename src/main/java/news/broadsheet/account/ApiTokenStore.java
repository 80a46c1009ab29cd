package news.broadsheet.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads and writes API tokens, known by the digests of their secrets. */
public final class ApiTokenStore {

  public long insert(Handle handle, long userId, String label, String digest, long now) {
    return handle
        .createUpdate("INSERT INTO api_tokens (user_id, label, token_digest, created_at) VALUES (?, ?, ?, ?)")
        .bind(0, userId)
        .bind(1, label)
        .bind(2, digest)
        .bind(3, now)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  public List<ApiToken> tokensOf(Handle handle, long userId) {
    return handle
        .createQuery("SELECT id, label, created_at, revoked_at FROM api_tokens WHERE user_id = ? ORDER BY id")
        .bind(0, userId)
        .map((rs, ctx) -> token(rs))
        .list();
  }

  /** Revokes a token of the account; whether it was working until now. */
  public boolean revoke(Handle handle, long userId, long tokenId, long now) {
    return handle
        .createUpdate("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
        .bind(0, now)
        .bind(1, tokenId)
        .bind(2, userId)
        .execute() > 0;
  }

  /** The account of a token that has not been revoked. */
  public Optional<User> userOf(Handle handle, String digest) {
    return handle
        .createQuery(
            "SELECT u.id, u.name, u.role, u.disabled FROM api_tokens t JOIN users u ON u.id = t.user_id"
                + " WHERE t.token_digest = ? AND t.revoked_at IS NULL")
        .bind(0, digest)
        .map((rs, ctx) -> AccountStore.user(rs))
        .findOne();
  }

  private static ApiToken token(ResultSet rs) throws SQLException {
    long revoked = rs.getLong("revoked_at");
    Instant revokedAt = rs.wasNull() ? null : Instant.ofEpochMilli(revoked);
    return new ApiToken(
        rs.getLong("id"), rs.getString("label"), Instant.ofEpochMilli(rs.getLong("created_at")), revokedAt);
  }
}
