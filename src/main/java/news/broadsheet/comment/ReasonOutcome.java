package news.broadsheet.comment;

import java.util.Locale;

/** What a reason does to a comment: holds it for a moderator, or rejects it. */
public enum ReasonOutcome {
  HELD(CommentStatus.PENDING),
  REJECTED(CommentStatus.REJECTED);

  private final CommentStatus status;

  ReasonOutcome(CommentStatus status) {
    this.status = status;
  }

  /** The status a comment with this reason is stored with, at least. */
  public CommentStatus status() {
    return status;
  }

  /** The stable code, as stored: "held", "rejected". */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ReasonOutcome fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
