package news.broadsheet.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
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
