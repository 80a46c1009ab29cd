package news.broadsheet.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Reads and changes accounts for the admins: the list, roles, disabling, sessions, and the audit trail of changes. */
public final class AccountAdminStore {

  private static final String USER_COLUMNS = "u.id, u.name, u.role, u.disabled";

  /** A page of accounts whose name contains the search (any case), of one role or all, by name. */
  public List<AccountSummary> page(Handle handle, String search, Role role, long nowMillis, int limit, int offset) {
    List<Object> arguments = new ArrayList<>();
    arguments.add(nowMillis);
    String where = where(search, role, arguments);
    arguments.add(limit);
    arguments.add(offset);
    return bind(handle.createQuery(
            "SELECT " + USER_COLUMNS + ", u.created_at, u.last_seen_at,"
                + " (SELECT COUNT(*) FROM sessions s WHERE s.user_id = u.id AND s.expires_at > ?) AS live_sessions"
                + " FROM users u WHERE " + where + " ORDER BY u.name_key LIMIT ? OFFSET ?"), arguments)
        .map((rs, ctx) -> new AccountSummary(user(rs), Instant.ofEpochMilli(rs.getLong("created_at")),
            instant(rs, "last_seen_at"), rs.getInt("live_sessions")))
        .list();
  }

  public long count(Handle handle, String search, Role role) {
    List<Object> arguments = new ArrayList<>();
    String where = where(search, role, arguments);
    return bind(handle.createQuery("SELECT COUNT(*) FROM users u WHERE " + where), arguments).mapTo(Long.class).one();
  }

  private static String where(String search, Role role, List<Object> arguments) {
    String where = "u.name_key LIKE ? ESCAPE '!'";
    arguments.add("%" + search.strip().toLowerCase(Locale.ROOT).replaceAll("([!%_])", "!$1") + "%");
    if (role != null) {
      where += " AND u.role = ?";
      arguments.add(role.code());
    }
    return where;
  }

  public Optional<User> find(Handle handle, long id) {
    return handle.createQuery("SELECT " + USER_COLUMNS + " FROM users u WHERE u.id = ?").bind(0, id)
        .map((rs, ctx) -> user(rs)).findOne();
  }

  public void setRole(Handle handle, long id, Role role) {
    handle.createUpdate("UPDATE users SET role = ? WHERE id = ?").bind(0, role.code()).bind(1, id).execute();
  }

  public void setDisabled(Handle handle, long id, boolean disabled) {
    handle.createUpdate("UPDATE users SET disabled = ? WHERE id = ?").bind(0, disabled).bind(1, id).execute();
  }

  /** Ends every session of an account; how many there were. */
  public int endSessions(Handle handle, long userId) {
    return handle.createUpdate("DELETE FROM sessions WHERE user_id = ?").bind(0, userId).execute();
  }

  /**
   * Locks the admins' rows until the transaction ends, so that two admins demoting or disabling
   * each other at once cannot both count the other as the admin who remains.
   */
  public void lockAdmins(Handle handle) {
    handle.createUpdate("UPDATE users SET role = role WHERE role = 'admin'").execute();
  }

  /** Admins who may log in, this account left out. */
  public long enabledAdminsBesides(Handle handle, long id) {
    return handle.createQuery("SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = ? AND id <> ?")
        .bind(0, false).bind(1, id).mapTo(Long.class).one();
  }

  /** Records when an account was last seen. */
  public void seen(Handle handle, long id, long nowMillis) {
    handle.createUpdate("UPDATE users SET last_seen_at = ? WHERE id = ?").bind(0, nowMillis).bind(1, id).execute();
  }

  /**
   * Records a change.
   *
   * @param before the role before a role change, else null; {@code after} the role after
   * @param sessions the sessions it ended
   */
  public void insertEvent(Handle handle, long accountId, AccountEventKind kind, Role before, Role after, int sessions,
      ChangedBy by, long nowMillis) {
    handle.createUpdate("INSERT INTO account_events (account_id, kind, role_before, role_after, sessions, actor,"
            + " actor_account_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(0, accountId).bind(1, kind.code()).bind(2, before == null ? null : before.code())
        .bind(3, after == null ? null : after.code()).bind(4, sessions).bind(5, by.name()).bind(6, by.accountId())
        .bind(7, nowMillis).execute();
  }

  /** Changes to one account (or to any, for null), newest first. */
  public List<AccountEvent> events(Handle handle, Long accountId, int limit) {
    Query query = handle.createQuery(
        "SELECT e.id, e.account_id, u.name, e.kind, e.role_before, e.role_after, e.sessions, e.actor,"
            + " e.actor_account_id, e.created_at"
            + " FROM account_events e JOIN users u ON u.id = e.account_id"
            + (accountId == null ? "" : " WHERE e.account_id = ?") + " ORDER BY e.id DESC LIMIT ?");
    if (accountId != null) {
      query.bind(0, accountId);
    }
    return query.bind(accountId == null ? 0 : 1, limit)
        .map((rs, ctx) -> new AccountEvent(rs.getLong("id"), rs.getLong("account_id"), rs.getString("name"),
            AccountEventKind.fromCode(rs.getString("kind")).orElseThrow(), Role.fromCode(rs.getString("role_before"))
            .orElse(null), Role.fromCode(rs.getString("role_after")).orElse(null), rs.getInt("sessions"), rs.getString("actor"),
            number(rs, "actor_account_id"), Instant.ofEpochMilli(rs.getLong("created_at"))))
        .list();
  }

  private static User user(ResultSet rs) throws SQLException {
    return new User(rs.getLong("id"), rs.getString("name"), Role.fromCode(rs.getString("role")).orElseThrow(),
        rs.getBoolean("disabled"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Long millis = number(rs, column);
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }

  private static Long number(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static Query bind(Query query, List<Object> arguments) {
    for (int i = 0; i < arguments.size(); i++) {
      query.bind(i, arguments.get(i));
    }
    return query;
  }
}
