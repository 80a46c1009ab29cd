package news.broadsheet.moderation;

import news.broadsheet.comment.CommentStatus;

/** What a moderator can decide about a comment. */
public enum ModeratorDecision {
  APPROVE(ModerationAction.APPROVED, CommentStatus.PUBLISHED),
  REJECT(ModerationAction.REJECTED, CommentStatus.REJECTED),
  SPAM(ModerationAction.SPAM, CommentStatus.REJECTED);

  private final ModerationAction action;
  private final CommentStatus status;

  ModeratorDecision(ModerationAction action, CommentStatus status) {
    this.action = action;
    this.status = status;
  }

  /** The action as the audit trail records it. */
  public ModerationAction action() {
    return action;
  }

  public CommentStatus status() {
    return status;
  }
}
