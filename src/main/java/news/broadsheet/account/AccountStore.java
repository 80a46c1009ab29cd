package news.broadsheet.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads and writes accounts and sessions. The only place that knows their tables. */
public final class AccountStore {

  private static final String USER_COLUMNS = "id, name, role, disabled";

  static String nameKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  public long insertUser(Handle handle, String name, Role role, String passwordHash, long now) {
    return handle
        .createUpdate(
            "INSERT INTO users (name, name_key, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?)")
        .bind(0, name.strip())
        .bind(1, nameKey(name))
        .bind(2, passwordHash)
        .bind(3, role.code())
        .bind(4, now)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  public boolean nameTaken(Handle handle, String name) {
    return handle
        .createQuery("SELECT COUNT(*) FROM users WHERE name_key = ?")
        .bind(0, nameKey(name))
        .mapTo(Long.class)
        .one() > 0;
  }

  /** The user and password hash of a name, for logging in. */
  public Optional<Credentials> credentials(Handle handle, String name) {
    return handle
        .createQuery("SELECT " + USER_COLUMNS + ", password_hash FROM users WHERE name_key = ?")
        .bind(0, nameKey(name))
        .map((rs, ctx) -> new Credentials(user(rs), rs.getString("password_hash")))
        .findOne();
  }

  public List<User> users(Handle handle) {
    return handle
        .createQuery("SELECT " + USER_COLUMNS + " FROM users ORDER BY name_key")
        .map((rs, ctx) -> user(rs))
        .list();
  }

  public void insertSession(Handle handle, String tokenDigest, long userId, long now, long expires) {
    handle
        .createUpdate("INSERT INTO sessions (token_digest, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
        .bind(0, tokenDigest)
        .bind(1, userId)
        .bind(2, now)
        .bind(3, expires)
        .execute();
  }

  /** The user of a session that has not expired. */
  public Optional<User> sessionUser(Handle handle, String tokenDigest, long now) {
    return handle
        .createQuery(
            "SELECT u.id, u.name, u.role, u.disabled FROM sessions s JOIN users u ON u.id = s.user_id"
                + " WHERE s.token_digest = ? AND s.expires_at > ?")
        .bind(0, tokenDigest)
        .bind(1, now)
        .map((rs, ctx) -> user(rs))
        .findOne();
  }

  public void deleteSession(Handle handle, String tokenDigest) {
    handle.createUpdate("DELETE FROM sessions WHERE token_digest = ?").bind(0, tokenDigest).execute();
  }

  /** The account of a name (as names are compared: case aside). */
  public Optional<User> userNamed(Handle handle, String name) {
    return handle
        .createQuery("SELECT " + USER_COLUMNS + " FROM users WHERE name_key = ?")
        .bind(0, nameKey(name))
        .map((rs, ctx) -> user(rs))
        .findOne();
  }

  static User user(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new User(
        rs.getLong("id"),
        rs.getString("name"),
        Role.fromCode(rs.getString("role")).orElseThrow(),
        rs.getBoolean("disabled"));
  }

  /** A user with the stored hash of their password. */
  public record Credentials(User user, String passwordHash) {}
}
