package news.broadsheet.moderation;

import java.time.Clock;
import java.util.List;
import news.broadsheet.article.StoryChanges;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.CommentStore;
import news.broadsheet.comment.Reason;
import news.broadsheet.settings.SettingsService;
import news.broadsheet.storage.Database;

/**
 * Readers' reports. Any reader may report a published comment once, with a reason; at the number
 * of open reports the settings name, the comment is hidden (pending) until a moderator decides.
 */
public final class ReportService {

  public static final int MAX_REASON_LENGTH = 500;

  private final Database database;
  private final ReportStore reports;
  private final CommentStore comments;
  private final ModerationStore events;
  private final SettingsService settings;
  private final StoryChanges changes;
  private final Clock clock;

  public ReportService(Database database, ReportStore reports, CommentStore comments, ModerationStore events,
      SettingsService settings, StoryChanges changes, Clock clock) {
    this.database = database;
    this.reports = reports;
    this.comments = comments;
    this.events = events;
    this.settings = settings;
    this.changes = changes;
    this.clock = clock;
  }

  /**
   * Records a reader's report; a second report by the same reader changes nothing.
   *
   * @param readerKey who reports: an account or a client fingerprint
   * @throws ModerationException for a missing reader, a bad reason, or a comment readers cannot see
   */
  public ReportOutcome report(long commentId, String readerKey, String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > MAX_REASON_LENGTH) {
      throw new ModerationException("a report needs a reason of 1 to " + MAX_REASON_LENGTH + " characters");
    }
    if (readerKey == null || readerKey.isBlank()) {
      throw new ModerationException("a report needs to know which reader makes it");
    }
    return database.inTransaction(
        handle -> {
          Comment comment = comments.find(handle, commentId)
              .filter(c -> c.status() == CommentStatus.PUBLISHED)
              .orElseThrow(() -> new ModerationException("there is no published comment " + commentId));
          reports.insert(handle, commentId, readerKey, why, clock.millis());
          int open = reports.countOpen(handle, commentId);
          boolean hide = settings.get(ModerationSettings.REPORTS_ENABLED)
              && open >= settings.get(ModerationSettings.REPORTS_HIDE_AT);
          if (hide) {
            List<Reason> because = List.of(Reason.reports(open));
            comments.updateStatus(handle, commentId, CommentStatus.PENDING, because);
            changes.changed(handle, comment.articleId());
            events.insert(handle, new ModerationEvent(0, comment.id(), null, ActorKind.READERS, "readers", null,
                ModerationAction.HIDDEN, because, "", CommentStatus.PUBLISHED, CommentStatus.PENDING, clock.instant()));
          }
          return new ReportOutcome(open, hide);
        });
  }

  /** A comment's reports, oldest first. */
  public List<Report> reports(long commentId) {
    return database.read(handle -> reports.ofComment(handle, commentId));
  }
}
