package news.broadsheet.moderation;

import java.util.Locale;
import java.util.Optional;

/** The tabs of the moderation queue. */
public enum QueueTab {
  /** Every comment waiting for a moderator, whatever held it. */
  PENDING,
  /** Comments readers reported that no moderator has looked at since. */
  REPORTED,
  /** Comments the screening held (not readers' reports), waiting for a moderator. */
  HELD_AUTOMATICALLY,
  /** Comments a moderator approved. */
  APPROVED,
  /** Comments rejected, by screening or by a moderator. */
  REJECTED;

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<QueueTab> fromCode(String code) {
    for (QueueTab tab : values()) {
      if (tab.code().equals(code)) {
        return Optional.of(tab);
      }
    }
    return Optional.empty();
  }

  /** Whether a comment with this status after a moderator's decision still belongs in the tab. */
  public boolean keepsDecided(news.broadsheet.comment.CommentStatus status) {
    return switch (this) {
      case PENDING, REPORTED, HELD_AUTOMATICALLY -> false;
      case APPROVED -> status == news.broadsheet.comment.CommentStatus.PUBLISHED;
      case REJECTED -> status == news.broadsheet.comment.CommentStatus.REJECTED;
    };
  }

  /** Whether the tab holds only comments readers may not see (pending or rejected ones). */
  boolean holdsOnlyHidden() {
    return this == PENDING || this == HELD_AUTOMATICALLY || this == REJECTED;
  }

  /** Waiting work is shown oldest first; decided comments newest first. */
  boolean oldestFirst() {
    return this == PENDING || this == REPORTED || this == HELD_AUTOMATICALLY;
  }
}
