package news.broadsheet.moderation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Reads {@code commenter_counts}: each commenter's comments by status, which triggers on the
 * comments table keep as comments are posted and decided. Never writes.
 */
public final class CommenterCountsStore {

  /** One commenter's counts; {@code firstAt} is epoch milliseconds. */
  public record Counts(long published, long pending, long rejected, long firstAt) {}

  /** The counts of these commenters ({@link Commenter#countsKey()}), by key; absent ones have none. */
  public Map<String, Counts> of(Handle handle, Collection<String> commenters) {
    Map<String, Counts> found = new HashMap<>();
    if (!commenters.isEmpty()) {
      handle
          .createQuery(
              "SELECT commenter, published, pending, rejected, first_at FROM commenter_counts WHERE commenter IN (<keys>)")
          .bindList("keys", List.copyOf(commenters))
          .map((rs, ctx) -> Map.entry(rs.getString("commenter"),
              new Counts(rs.getLong("published"), rs.getLong("pending"), rs.getLong("rejected"), rs.getLong("first_at"))))
          .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
    }
    return found;
  }
}
