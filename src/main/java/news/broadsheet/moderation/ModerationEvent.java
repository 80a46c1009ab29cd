package news.broadsheet.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.Reason;

/**
 * One decision in the audit trail: who, when, what and why.
 *
 * @param commentId the comment decided on, or null for a decision on a commenter or a story
 * @param subject what a decision without a comment was about ("name:Ali client:k1"), or null
 * @param action what was done
 * @param reasons why screening held or rejected, or readers' reports hid, the comment
 * @param note a person's own words: a moderator's reason, the sanction lifted; empty when none
 * @param fromStatus the comment's status before, or null
 * @param toStatus the comment's status after, or null
 */
public record ModerationEvent(
    long id,
    Long commentId,
    String subject,
    ActorKind actorKind,
    String actor,
    Long actorAccountId,
    ModerationAction action,
    List<Reason> reasons,
    String note,
    CommentStatus fromStatus,
    CommentStatus toStatus,
    Instant at) {

  public ModerationEvent {
    Objects.requireNonNull(action, "action");
    reasons = List.copyOf(reasons);
    note = note == null ? "" : note;
  }
}
