package news.broadsheet.moderation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Reads {@code commenter_counts}: each commenter's comments by status, which triggers on the
 * comments table keep as comments are posted and decided. Writes only for a bulk load that set
 * the insert trigger aside ({@link #countLoaded}).
 */
public final class CommenterCountsStore {

  /** The comments table's insert trigger whose work {@link #countLoaded} does for a bulk load. */
  public static final Set<String> COMMENT_INSERT_TRIGGERS = Set.of("commenter_counts_on_insert");

  private static final String COUNT_LOADED =
      "INSERT INTO commenter_counts AS counted (commenter, published, pending, rejected, first_at, last_at)"
          + " SELECT CASE WHEN account_id IS NOT NULL THEN 'account:' || account_id ELSE 'name:' || name END,"
          + " SUM(CASE WHEN status = 'published' THEN 1 ELSE 0 END), SUM(CASE WHEN status = 'pending' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN status = 'rejected' THEN 1 ELSE 0 END), MIN(created_at), MAX(created_at)"
          + " FROM comments WHERE id BETWEEN ? AND ? AND origin = 'posted' GROUP BY 1"
          + " ON CONFLICT (commenter) DO UPDATE SET published = counted.published + excluded.published,"
          + " pending = counted.pending + excluded.pending, rejected = counted.rejected + excluded.rejected,"
          + " first_at = CASE WHEN excluded.first_at < counted.first_at THEN excluded.first_at ELSE counted.first_at END,"
          + " last_at = CASE WHEN excluded.last_at > counted.last_at THEN excluded.last_at ELSE counted.last_at END";

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

  /**
   * Counts, in a bulk load's transaction, the comments it stored with the insert trigger set aside,
   * by id from first to last (those it merges after, the trigger counts), as the trigger would
   * have one by one: the comments posted on the site, whatever their origin
   * elsewhere (an archive's comments are imported ones, which the counts leave out). Evaluating
   * the trigger's condition for each row cost a {@code COPY} of a million comments 3 s of 10.
   *
   * @return how many commenters' counts changed
   */
  public int countLoaded(Handle transaction, long firstCommentId, long lastCommentId) {
    return transaction.createUpdate(COUNT_LOADED).bind(0, firstCommentId).bind(1, lastCommentId).execute();
  }
}
