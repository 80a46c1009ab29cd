package news.broadsheet.cluster;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads and writes the {@code leases} table: who runs each job now, until when, and when it last ran. */
final class LeaseStore {

  /** A lease as stored. */
  record Row(String holder, long expiresAt, long lastRunAt) {}

  /**
   * Claims the lease for a run when nobody holds it (it expired, or was let go) and its last run
   * started at {@code dueBefore} or earlier; a lease never claimed before is claimed at once.
   *
   * @return whether this holder has it now
   */
  boolean claim(Handle handle, String name, String holder, long now, long expires, long dueBefore) {
    return handle
            .createUpdate(
                "INSERT INTO leases (name, holder, expires_at, last_run_at) VALUES (:name, :holder, :expires, 0)"
                    + " ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at"
                    + " WHERE leases.expires_at <= :now AND leases.last_run_at <= :dueBefore")
            .bind("name", name)
            .bind("holder", holder)
            .bind("expires", expires)
            .bind("now", now)
            .bind("dueBefore", dueBefore)
            .execute()
        == 1;
  }

  /** Holds the lease longer, if this holder still has it. */
  boolean renew(Handle handle, String name, String holder, long expires) {
    return handle
            .createUpdate("UPDATE leases SET expires_at = ? WHERE name = ? AND holder = ?")
            .bind(0, expires)
            .bind(1, name)
            .bind(2, holder)
            .execute()
        == 1;
  }

  /** Records a finished run that started at {@code started} and lets the lease go, if this holder still has it. */
  boolean finish(Handle handle, String name, String holder, long started, long now) {
    return handle
            .createUpdate("UPDATE leases SET last_run_at = ?, expires_at = ? WHERE name = ? AND holder = ?")
            .bind(0, started)
            .bind(1, now)
            .bind(2, name)
            .bind(3, holder)
            .execute()
        == 1;
  }

  Optional<Row> find(Handle handle, String name) {
    return handle
        .createQuery("SELECT holder, expires_at, last_run_at FROM leases WHERE name = ?")
        .bind(0, name)
        .map((rs, ctx) -> new Row(rs.getString("holder"), rs.getLong("expires_at"), rs.getLong("last_run_at")))
        .findOne();
  }
}
