package news.broadsheet.comment;

import java.util.List;
import java.util.Objects;

/**
 * What screening decided for a new comment, with reasons a moderator and the commenter can read
 * ("held: 3 links, the limit is 2"). A comment published without remark has no reasons.
 */
public record Verdict(CommentStatus status, List<String> reasons) {

  public Verdict {
    Objects.requireNonNull(status, "status");
    reasons = List.copyOf(reasons);
  }

  public static Verdict publish() {
    return new Verdict(CommentStatus.PUBLISHED, List.of());
  }
}
