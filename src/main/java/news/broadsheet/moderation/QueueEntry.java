package news.broadsheet.moderation;

import java.util.List;
import news.broadsheet.comment.Comment;

/**
 * A comment in the moderation queue with what a moderator needs to decide on it.
 *
 * @param parent the comment it replies to (whatever its status), or null
 * @param commenter who wrote it: an account, else a guest's name and client
 * @param openReports readers' reports no moderator has reviewed yet, oldest first
 * @param decisions every decision on it, automatic or human, oldest first
 */
public record QueueEntry(
    Comment comment,
    Comment parent,
    Commenter commenter,
    CommenterHistory history,
    List<Report> openReports,
    List<ModerationEvent> decisions) {

  public QueueEntry {
    openReports = List.copyOf(openReports);
    decisions = List.copyOf(decisions);
  }
}
