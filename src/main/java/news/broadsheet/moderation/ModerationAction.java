package news.broadsheet.moderation;

import java.util.Arrays;
import java.util.Locale;
import news.broadsheet.comment.CommentStatus;

/** What an entry of the audit trail records as done, by screening, by readers or by a moderator. */
public enum ModerationAction {
  /** Screening let a new comment through. */
  PUBLISHED("Published"),
  /** Screening held a new comment for a moderator. */
  HELD("Held"),
  /** Screening or a moderator rejected a comment. */
  REJECTED("Rejected"),
  APPROVED("Approved"),
  SPAM("Marked as spam"),
  /** Readers' reports hid a comment until a moderator looks at it. */
  HIDDEN("Hidden by readers' reports"),
  BANNED("Banned"),
  SUSPENDED("Suspended"),
  LIFTED("Sanction lifted"),
  PREMODERATED("Pre-moderated"),
  UNPREMODERATED("Pre-moderation ended"),
  /** A commenter's comments and data erased at their request (the note counts what, never the text). */
  ERASED("Erased at the commenter's request");

  private final String label;

  ModerationAction(String label) {
    this.label = label;
  }

  /** How the history shows it. */
  public String label() {
    return label;
  }

  /** The stable code, as stored: "held", "spam", "unpremoderated". */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ModerationAction fromCode(String code) {
    return Arrays.stream(values())
        .filter(action -> action.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no moderation action " + code));
  }

  /** What screening did with a new comment it gave this status. */
  static ModerationAction ofScreening(CommentStatus status) {
    return switch (status) {
      case PUBLISHED -> PUBLISHED;
      case PENDING -> HELD;
      case REJECTED -> REJECTED;
      case ERASED -> throw new IllegalArgumentException("screening never erases a comment");
    };
  }
}
