package news.broadsheet.moderation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentStore;
import news.broadsheet.storage.Database;
import org.jdbi.v3.core.Handle;

/**
 * The moderation queue as moderators read it: pages of a tab with each comment's context (the
 * comment it replies to, its commenter's history, open reports, decisions), the tabs' counts, and
 * what a bulk action on a filtered tab covers. Reads only; a page costs a fixed number of queries
 * whatever its size.
 */
public final class QueueService {

  public static final int MAX_PAGE = 100;
  /** The most comments one bulk action decides. */
  public static final int MAX_BULK = 10_000;

  private final Database database;
  private final QueueStore queue;
  private final CommentStore comments;
  private final ModerationStore events;
  private final ReportStore reports;
  private final ActivityStore activity;
  private final CommenterCountsStore counts;
  private final SanctionStore sanctions;

  public QueueService(Database database, QueueStore queue, CommentStore comments, ModerationStore events,
      ReportStore reports, ActivityStore activity, CommenterCountsStore counts, SanctionStore sanctions) {
    this.database = database;
    this.queue = queue;
    this.comments = comments;
    this.events = events;
    this.reports = reports;
    this.activity = activity;
    this.counts = counts;
    this.sanctions = sanctions;
  }

  /**
   * A page of a tab, after the comment {@code from} in the tab's order (from the start when null).
   *
   * @throws ModerationException for a page size outside 1 to {@value #MAX_PAGE}
   */
  public QueuePage page(QueueTab tab, QueueFilter filter, Long from, int limit) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw new ModerationException("a queue page has 1 to " + MAX_PAGE + " comments");
    }
    return database.read(handle -> {
      List<Long> ids = queue.idsAfter(handle, tab, filter, from, limit + 1);
      boolean more = ids.size() > limit;
      List<Long> shown = more ? ids.subList(0, limit) : ids;
      return new QueuePage(entries(handle, shown), more ? shown.get(shown.size() - 1) : null);
    });
  }

  private List<QueueEntry> entries(Handle handle, List<Long> ids) {
    Map<Long, Comment> found = comments.findAll(handle, ids);
    Set<Long> parentIds = new LinkedHashSet<>();
    found.values().stream().map(Comment::parentId).filter(Objects::nonNull).forEach(parentIds::add);
    Map<Long, Comment> parents = comments.findAll(handle, parentIds);
    Map<Long, Commenter> commenters = activity.commentersOf(handle, ids);
    Map<Commenter, CommenterHistory> histories = histories(handle, commenters.values());
    Map<Long, List<Report>> open = reports.openOf(handle, ids);
    Map<Long, List<ModerationEvent>> decisions = events.ofComments(handle, ids);
    List<QueueEntry> entries = new ArrayList<>();
    for (long id : ids) {
      Comment comment = found.get(id);
      if (comment != null) {
        Commenter commenter = commenters.get(id);
        entries.add(new QueueEntry(comment, comment.parentId() == null ? null : parents.get(comment.parentId()), commenter,
            histories.getOrDefault(commenter, CommenterHistory.NONE), open.getOrDefault(id, List.of()),
            decisions.getOrDefault(id, List.of())));
      }
    }
    return entries;
  }

  /** Each commenter's history: their kept counts and the sanctions that name them. */
  private Map<Commenter, CommenterHistory> histories(Handle handle, Collection<Commenter> commenters) {
    Set<String> keys = new LinkedHashSet<>();
    commenters.stream().map(Commenter::countsKey).filter(Objects::nonNull).forEach(keys::add);
    Map<String, CommenterCountsStore.Counts> kept = counts.of(handle, keys);
    List<Sanction> named = sanctions.ofCommenters(handle, commenters);
    Map<Commenter, CommenterHistory> histories = new HashMap<>();
    for (Commenter commenter : commenters) {
      CommenterCountsStore.Counts count = commenter.countsKey() == null ? null : kept.get(commenter.countsKey());
      List<Sanction> theirs = named.stream().filter(s -> s.covers(commenter.keys())).toList();
      histories.put(commenter, count == null
          ? new CommenterHistory(0, 0, 0, null, theirs)
          : new CommenterHistory(count.published(), count.pending(), count.rejected(),
              Instant.ofEpochMilli(count.firstAt()), theirs));
    }
    return histories;
  }

  /** The history of each of these accounts, by account id. */
  public Map<Long, CommenterHistory> accountHistories(Collection<Long> accountIds) {
    return database.read(handle -> {
      Map<Long, CommenterHistory> byAccount = new HashMap<>();
      List<Commenter> accounts = accountIds.stream().map(id -> new Commenter(id, null, null)).toList();
      histories(handle, accounts).forEach((commenter, history) -> byAccount.put(commenter.accountId(), history));
      return byAccount;
    });
  }

  /** How many comments each tab holds under a filter. */
  public Map<QueueTab, Long> counts(QueueFilter filter) {
    return database.read(handle -> {
      Map<QueueTab, Long> all = new EnumMap<>(QueueTab.class);
      for (QueueTab tab : QueueTab.values()) {
        all.put(tab, queue.count(handle, tab, filter));
      }
      return all;
    });
  }

  /** How many comments a tab holds under a filter. */
  public long count(QueueTab tab, QueueFilter filter) {
    return database.read(handle -> queue.count(handle, tab, filter));
  }

  /**
   * What a bulk action on a filtered tab would cover now: how many comments, and the newest one's
   * id, so that comments arriving after the moderator confirmed are left alone.
   */
  public BulkScope scope(QueueTab tab, QueueFilter filter) {
    return database.read(handle -> new BulkScope(queue.count(handle, tab, filter), queue.newestId(handle, tab, filter)));
  }

  /** The ids a confirmed bulk action covers: the tab's comments under the filter up to an id, at most {@value #MAX_BULK}. */
  public List<Long> idsUpTo(QueueTab tab, QueueFilter filter, long upTo) {
    return database.read(handle -> queue.idsUpTo(handle, tab, filter, upTo, MAX_BULK));
  }

  /**
   * What a bulk action would cover.
   *
   * @param newestId the newest comment id among them, or 0 when there are none
   */
  public record BulkScope(long count, long newestId) {}
}
