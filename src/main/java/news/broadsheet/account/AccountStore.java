package news.broadsheet.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.text.NameKey;
import org.jdbi.v3.core.Handle;

/** Reads and writes accounts. The only place that knows the users table; {@link SessionStore} has the sessions. */
public final class AccountStore {

  private static final String USER_COLUMNS = "id, name, role, disabled";

  static String nameKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  public long insertUser(Handle handle, String name, Role role, String passwordHash, long now) {
    return handle
        .createUpdate(
            "INSERT INTO users (name, name_key, look_key, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(0, name.strip())
        .bind(1, nameKey(name))
        .bind(2, NameKey.of(name))
        .bind(3, passwordHash)
        .bind(4, role.code())
        .bind(5, now)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /** Whether an account has this name, or one that looks the same ({@link NameKey}). */
  public boolean nameTaken(Handle handle, String name) {
    return handle
        .createQuery("SELECT COUNT(*) FROM users WHERE look_key = ? OR name_key = ?")
        .bind(0, NameKey.of(name))
        .bind(1, nameKey(name))
        .mapTo(Long.class)
        .one() > 0;
  }

  /** Accounts stored before names had a look key: their ids and names. */
  public Map<Long, String> namesWithoutLookKey(Handle handle) {
    Map<Long, String> names = new LinkedHashMap<>();
    handle
        .createQuery("SELECT id, name FROM users WHERE look_key IS NULL ORDER BY id")
        .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("name")))
        .forEach(entry -> names.put(entry.getKey(), entry.getValue()));
    return names;
  }

  /** Gives an account its look key; false when another account has it already. */
  public boolean setLookKey(Handle handle, long id, String key) {
    boolean taken =
        handle.createQuery("SELECT COUNT(*) FROM users WHERE look_key = ?").bind(0, key).mapTo(Long.class).one() > 0;
    if (!taken) {
      handle.createUpdate("UPDATE users SET look_key = ? WHERE id = ?").bind(0, key).bind(1, id).execute();
    }
    return !taken;
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
