package news.broadsheet.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads and writes {@code sanctions}. Lifting a sanction keeps its row. */
public final class SanctionStore {

  private static final String COLUMNS =
      "id, account_id, name, client_key, ends_at, reason, created_by, created_at, lifted_at";

  public long insert(Handle handle, Commenter who, Instant endsAt, String reason, String by, long nowMillis) {
    return handle
        .createUpdate(
            "INSERT INTO sanctions (account_id, name_key, name, client_key, kind, ends_at, reason, created_by,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(0, who.accountId())
        .bind(1, who.nameKey())
        .bind(2, who.name())
        .bind(3, who.clientKey())
        .bind(4, endsAt == null ? "ban" : "suspension")
        .bind(5, endsAt == null ? null : endsAt.toEpochMilli())
        .bind(6, reason)
        .bind(7, by)
        .bind(8, nowMillis)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /** Sanctions neither lifted nor ended at this time, newest first. */
  public List<Sanction> active(Handle handle, long nowMillis) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM sanctions WHERE lifted_at IS NULL AND (ends_at IS NULL OR ends_at > ?)"
                + " ORDER BY id DESC")
        .bind(0, nowMillis)
        .map(SanctionStore::sanction)
        .list();
  }

  /**
   * Every ban and suspension, lifted and ended ones too, that names one of these commenters by
   * account, (folded) guest name or client, newest first.
   */
  public List<Sanction> ofCommenters(Handle handle, Collection<Commenter> commenters) {
    Set<Long> accounts = new TreeSet<>();
    Set<String> names = new TreeSet<>();
    Set<String> clients = new TreeSet<>();
    for (Commenter commenter : commenters) {
      if (commenter.isAccount()) {
        accounts.add(commenter.accountId());
      } else if (commenter.nameKey() != null) {
        names.add(commenter.nameKey());
      }
      if (commenter.clientKey() != null) {
        clients.add(commenter.clientKey());
      }
    }
    List<String> conditions = new ArrayList<>();
    if (!accounts.isEmpty()) {
      conditions.add("account_id IN (<accounts>)");
    }
    if (!names.isEmpty()) {
      conditions.add("name_key IN (<names>)");
    }
    if (!clients.isEmpty()) {
      conditions.add("client_key IN (<clients>)");
    }
    if (conditions.isEmpty()) {
      return List.of();
    }
    var query = handle.createQuery(
        "SELECT " + COLUMNS + " FROM sanctions WHERE " + String.join(" OR ", conditions) + " ORDER BY id DESC");
    bindUnlessEmpty(query, "accounts", accounts);
    bindUnlessEmpty(query, "names", names);
    bindUnlessEmpty(query, "clients", clients);
    return query.map(SanctionStore::sanction).list();
  }

  private static void bindUnlessEmpty(org.jdbi.v3.core.statement.Query query, String name, Set<?> values) {
    if (!values.isEmpty()) {
      query.bindList(name, List.copyOf(values));
    }
  }

  public java.util.Optional<Sanction> find(Handle handle, long id) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM sanctions WHERE id = ?").bind(0, id)
        .map(SanctionStore::sanction).findOne();
  }

  public boolean lift(Handle handle, long id, String by, long nowMillis) {
    return handle
            .createUpdate("UPDATE sanctions SET lifted_at = ?, lifted_by = ? WHERE id = ? AND lifted_at IS NULL")
            .bind(0, nowMillis)
            .bind(1, by)
            .bind(2, id)
            .execute()
        > 0;
  }

  static Sanction sanction(ResultSet rs, StatementContext ctx) throws SQLException {
    long account = rs.getLong("account_id");
    Long accountId = rs.wasNull() ? null : account;
    long ends = rs.getLong("ends_at");
    Instant endsAt = rs.wasNull() ? null : Instant.ofEpochMilli(ends);
    long lifted = rs.getLong("lifted_at");
    Instant liftedAt = rs.wasNull() ? null : Instant.ofEpochMilli(lifted);
    return new Sanction(
        rs.getLong("id"),
        new Commenter(accountId, rs.getString("name"), rs.getString("client_key")),
        endsAt,
        rs.getString("reason"),
        rs.getString("created_by"),
        Instant.ofEpochMilli(rs.getLong("created_at")),
        liftedAt);
  }
}
