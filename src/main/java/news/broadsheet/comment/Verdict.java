package news.broadsheet.comment;

import java.util.List;
import java.util.Objects;

/**
 * What screening decided for a new comment, with the reasons for it as values ({@link Reason}). A
 * comment published without remark has no reasons; the status is never milder than a reason's
 * outcome.
 */
public record Verdict(CommentStatus status, List<Reason> reasons) {

  public Verdict {
    Objects.requireNonNull(status, "status");
    reasons = List.copyOf(reasons);
    for (Reason reason : reasons) {
      if (stricter(reason.outcome().status(), status) != status) {
        throw new IllegalArgumentException("a " + status.code() + " comment cannot have a reason that " + reason.outcome().code());
      }
    }
  }

  public static Verdict publish() {
    return new Verdict(CommentStatus.PUBLISHED, List.of());
  }

  /** The verdict these reasons give: the strictest of their outcomes, or published for none. */
  public static Verdict of(List<Reason> reasons) {
    CommentStatus status = CommentStatus.PUBLISHED;
    for (Reason reason : reasons) {
      status = stricter(status, reason.outcome().status());
    }
    return new Verdict(status, reasons);
  }

  /** Of two statuses, the one further from being shown: rejected, then pending, then published. */
  public static CommentStatus stricter(CommentStatus a, CommentStatus b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(CommentStatus status) {
    return switch (status) {
      case PUBLISHED -> 0;
      case PENDING -> 1;
      case REJECTED, ERASED -> 2;
    };
  }
}
