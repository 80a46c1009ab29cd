package news.broadsheet.cluster;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads and writes the {@code rate_limits} table: when each key's bucket is full again (epoch microseconds). */
final class RateLimitStore {

  /**
   * Takes one allowance: the bucket's "full again" instant moves on by one refill from now or
   * from where it stands, unless it stands more than {@code tolerance} ahead of now (no allowance
   * left), in which case nothing changes.
   *
   * @return whether the allowance was taken
   */
  boolean take(Handle handle, String key, long now, long refill, long tolerance) {
    return handle
        .createQuery(
            "INSERT INTO rate_limits AS r (limit_key, full_at) VALUES (:key, :now + :refill)"
                + " ON CONFLICT (limit_key) DO UPDATE"
                + " SET full_at = (CASE WHEN r.full_at > :now THEN r.full_at ELSE :now END) + :refill"
                + " WHERE r.full_at - :now <= :tolerance"
                + " RETURNING full_at")
        .bind("key", key)
        .bind("now", now)
        .bind("refill", refill)
        .bind("tolerance", tolerance)
        .mapTo(Long.class)
        .findOne()
        .isPresent();
  }

  /** PostgreSQL: this transaction commits without waiting for its log to reach the disk. */
  void commitWithoutWaitingForTheDisk(Handle handle) {
    handle.execute("SET LOCAL synchronous_commit TO OFF");
  }

  Optional<Long> fullAt(Handle handle, String key) {
    return handle.createQuery("SELECT full_at FROM rate_limits WHERE limit_key = ?").bind(0, key).mapTo(Long.class).findOne();
  }

  int giveBack(Handle handle, String key, long refill) {
    return handle.createUpdate("UPDATE rate_limits SET full_at = full_at - ? WHERE limit_key = ?").bind(0, refill).bind(1, key).execute();
  }

  int forget(Handle handle, String key) {
    return handle.createUpdate("DELETE FROM rate_limits WHERE limit_key = ?").bind(0, key).execute();
  }

  int purgeFullBefore(Handle handle, long now) {
    return handle.createUpdate("DELETE FROM rate_limits WHERE full_at < ?").bind(0, now).execute();
  }
}
