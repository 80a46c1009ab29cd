package news.broadsheet.moderation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.article.StoryChanges;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentPostingService;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.CommentStore;
import news.broadsheet.comment.Reason;
import news.broadsheet.storage.Change;
import news.broadsheet.storage.ChangeKind;
import news.broadsheet.storage.Database;
import org.jdbi.v3.core.Handle;

/**
 * What moderators do with comments: approve, reject with a reason, mark as spam; the queue they
 * work from; and each comment's history. Moderation never deletes: a rejected comment stays
 * stored, hidden from readers. Every decision is recorded (who, when, what, why) and teaches the
 * classifier; an approved comment is announced to the live listeners like a new one, and every
 * decision that changes a comment's status is told to {@link StoryChanges}.
 */
public final class ModerationService {

  public static final int MAX_REASON_LENGTH = 500;
  /** Comments a bulk action decides in one transaction, so that posting never waits long. */
  static final int BULK_CHUNK = 200;

  private final Database database;
  private final CommentStore comments;
  private final ModerationStore events;
  private final ReportStore reports;
  private final QueueStore queue;
  private final ClassifierService classifier;
  private final CommentPostingService posting;
  private final StoryChanges changes;
  private final Clock clock;

  public ModerationService(Database database, CommentStore comments, ModerationStore events, ReportStore reports,
      QueueStore queue, ClassifierService classifier, CommentPostingService posting, StoryChanges changes,
      Clock clock) {
    this.database = database;
    this.comments = comments;
    this.events = events;
    this.reports = reports;
    this.queue = queue;
    this.classifier = classifier;
    this.posting = posting;
    this.changes = changes;
    this.clock = clock;
  }

  /** Publishes a comment; the reason is optional. */
  public Comment approve(long commentId, Moderator by, String reason) {
    return decide(ModeratorDecision.APPROVE, commentId, by, reason);
  }

  /** Rejects a comment; the reason is required and shown with it. */
  public Comment reject(long commentId, Moderator by, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new ModerationException("give a reason to reject a comment");
    }
    return decide(ModeratorDecision.REJECT, commentId, by, reason);
  }

  /** Rejects a comment as spam; the reason is optional. */
  public Comment markSpam(long commentId, Moderator by, String reason) {
    return decide(ModeratorDecision.SPAM, commentId, by, reason);
  }

  /**
   * The same decision on many comments (bulk actions), each recorded on its own, in transactions
   * of {@value #BULK_CHUNK}; the classifier learns once, at the end.
   *
   * @throws ModerationException when a comment does not exist (the chunk it was in is not decided)
   */
  public List<Comment> decideAll(ModeratorDecision decision, List<Long> commentIds, Moderator by, String reason) {
    String why = checkedReason(decision, reason);
    List<Comment> decided = new ArrayList<>();
    for (int start = 0; start < commentIds.size(); start += BULK_CHUNK) {
      List<Long> chunk = commentIds.subList(start, Math.min(commentIds.size(), start + BULK_CHUNK));
      List<Comment[]> changes = database.inTransaction(handle -> {
        List<Comment[]> done = new ArrayList<>();
        for (long id : chunk) {
          done.add(decideIn(handle, decision, id, by, why));
        }
        return done;
      });
      changes.forEach(change -> decided.add(told(change[0], change[1])));
    }
    classifier.refresh();
    return decided;
  }

  /**
   * Takes a decision and records it.
   *
   * @throws ModerationException when there is no such comment, or the reason is missing (to reject) or too long
   */
  public Comment decide(ModeratorDecision decision, long commentId, Moderator by, String reason) {
    String why = checkedReason(decision, reason);
    Comment[] change = database.inTransaction(handle -> decideIn(handle, decision, commentId, by, why));
    classifier.refresh();
    return told(change[0], change[1]);
  }

  private static String checkedReason(ModeratorDecision decision, String reason) {
    String why = reason == null ? "" : reason.strip();
    if (decision == ModeratorDecision.REJECT && why.isEmpty()) {
      throw new ModerationException("give a reason to reject a comment");
    }
    if (why.length() > MAX_REASON_LENGTH) {
      throw new ModerationException("a reason has at most " + MAX_REASON_LENGTH + " characters");
    }
    return why;
  }

  /** Decides within a transaction; returns the comment before and after. */
  private Comment[] decideIn(Handle handle, ModeratorDecision decision, long commentId, Moderator by, String why) {
    Comment before = comments.find(handle, commentId)
        .orElseThrow(() -> new ModerationException("there is no comment " + commentId));
    comments.updateStatus(handle, commentId, decision.status(), shownReasons(decision, why));
    events.insert(handle, new ModerationEvent(0, commentId, null, ActorKind.MODERATOR, by.name(), by.accountId(),
        decision.action(), List.of(), why, before.status(), decision.status(), clock.instant()));
    reports.markReviewed(handle, commentId);
    Comment after = comments.find(handle, commentId).orElseThrow();
    announce(handle, before, after);
    return new Comment[] {before, after};
  }

  /** Tells this node's live listeners of a committed decision that made a comment visible. */
  private Comment told(Comment before, Comment after) {
    if (before.status() != CommentStatus.PUBLISHED) {
      posting.announcePublished(after);
    }
    return after;
  }

  /**
   * Inside the decision's transaction: every node's classifier learns it, and when the comment's
   * status changed, every node's pages of its story are drawn again and, when it became visible,
   * every node's live readers get it.
   */
  private void announce(Handle handle, Comment before, Comment after) {
    database.changes().announce(handle, Change.of(ChangeKind.DECISION, after.id()));
    if (before.status() != after.status()) {
      changes.changed(handle, after.articleId());
    }
    if (before.status() != CommentStatus.PUBLISHED && after.status() == CommentStatus.PUBLISHED) {
      database.changes().announce(handle, new Change(ChangeKind.COMMENT_PUBLISHED, after.articleId(), after.id()));
    }
  }

  private static List<Reason> shownReasons(ModeratorDecision decision, String why) {
    return switch (decision) {
      case APPROVE -> List.of();
      case REJECT -> List.of(Reason.moderator(why));
      case SPAM -> List.of(Reason.spam(why));
    };
  }

  /** A comment's history: every decision on it, oldest first. */
  public List<ModerationEvent> history(long commentId) {
    return database.read(handle -> events.ofComment(handle, commentId));
  }

  /** Decisions about a commenter or a story (bans, pre-moderation), newest first. */
  public List<ModerationEvent> historyOf(String subject, int limit) {
    return database.read(handle -> events.ofSubject(handle, subject, limit));
  }

  /** One page of a queue tab. */
  public List<QueueItem> queue(QueueTab tab, QueueFilter filter, int limit, int offset) {
    if (limit < 1 || limit > 500 || offset < 0) {
      throw new ModerationException("a queue page has 1 to 500 comments and starts at 0 or later");
    }
    return database.read(
        handle -> {
          List<QueueItem> items = new ArrayList<>();
          for (long id : queue.ids(handle, tab, filter, limit, offset)) {
            comments.find(handle, id).ifPresent(c -> items.add(new QueueItem(c, reports.countOpen(handle, id))));
          }
          return items;
        });
  }

  /** How many comments a queue tab has. */
  public long count(QueueTab tab, QueueFilter filter) {
    return database.read(handle -> queue.count(handle, tab, filter));
  }
}
