package news.broadsheet.moderation;

import java.util.List;
import news.broadsheet.comment.Reason;
import news.broadsheet.comment.Verdict;

/**
 * One small test every new comment passes: publish, or hold or reject for a {@link Reason} (its
 * kind and parameters, put into words for the moderator and the commenter by {@code ReasonText}).
 * A check that is switched off in the settings publishes.
 */
public interface CommentCheck {

  /** A short name, as in the check's settings keys ("links", "flood"). */
  String name();

  Verdict check(Submission submission);

  /** The verdict of one reason: held or rejected, as the reason's outcome says. */
  static Verdict because(Reason reason) {
    return Verdict.of(List.of(reason));
  }

  static Verdict publish() {
    return Verdict.publish();
  }
}
