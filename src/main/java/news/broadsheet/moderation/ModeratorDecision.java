package news.broadsheet.moderation;

import news.broadsheet.comment.CommentStatus;

/** What a moderator can decide about a comment. */
public enum ModeratorDecision {
  APPROVE("approved", CommentStatus.PUBLISHED),
  REJECT("rejected", CommentStatus.REJECTED),
  SPAM("spam", CommentStatus.REJECTED);

  private final String action;
  private final CommentStatus status;

  ModeratorDecision(String action, CommentStatus status) {
    this.action = action;
    this.status = status;
  }

  /** The action as the audit trail records it. */
  public String action() {
    return action;
  }

  public CommentStatus status() {
    return status;
  }
}
