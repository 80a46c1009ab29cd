package news.broadsheet.moderation;

import java.util.List;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.Verdict;

/**
 * One small test every new comment passes: publish, hold or reject, with a reason a moderator
 * and the commenter can read ("held: 3 links, the limit is 2"). A check that is switched off in
 * the settings publishes.
 */
public interface CommentCheck {

  /** A short name, as in the check's settings keys ("links", "flood"). */
  String name();

  Verdict check(Submission submission);

  static Verdict hold(String reason) {
    return new Verdict(CommentStatus.PENDING, List.of("held: " + reason));
  }

  static Verdict reject(String reason) {
    return new Verdict(CommentStatus.REJECTED, List.of("rejected: " + reason));
  }

  static Verdict publish() {
    return Verdict.publish();
  }
}
