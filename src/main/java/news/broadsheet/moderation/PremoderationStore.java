package news.broadsheet.moderation;

import java.util.HashSet;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** Reads and writes {@code premoderation}: stories and commenters whose comments are all held. */
public final class PremoderationStore {

  /** Every entry as "kind:subject" ("story:12", "name:ali", "client:k1"). */
  public Set<String> all(Handle handle) {
    return new HashSet<>(
        handle.createQuery("SELECT kind, subject FROM premoderation")
            .map((rs, ctx) -> rs.getString("kind") + ":" + rs.getString("subject"))
            .list());
  }

  public boolean put(Handle handle, String kind, String subject, String by, long nowMillis) {
    return handle
            .createUpdate(
                "INSERT INTO premoderation (kind, subject, created_by, created_at) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (kind, subject) DO NOTHING")
            .bind(0, kind)
            .bind(1, subject)
            .bind(2, by)
            .bind(3, nowMillis)
            .execute()
        > 0;
  }

  public boolean remove(Handle handle, String kind, String subject) {
    return handle
            .createUpdate("DELETE FROM premoderation WHERE kind = ? AND subject = ?")
            .bind(0, kind)
            .bind(1, subject)
            .execute()
        > 0;
  }
}
