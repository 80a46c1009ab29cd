package news.broadsheet.web.staff;

import java.util.List;
import news.broadsheet.comment.Reason;
import news.broadsheet.comment.ReasonOutcome;
import news.broadsheet.comment.ReasonText;

/**
 * A reason a comment is where it is, as the queue shows it: its kind's short label and the
 * explanation, both in {@link ReasonText}'s words.
 *
 * @param tone how it weighs: warn (held) or bad (rejected)
 */
public record ReasonView(String label, String explanation, String tone) {

  static ReasonView of(Reason reason) {
    return new ReasonView(ReasonText.label(reason), ReasonText.explanation(reason),
        reason.outcome() == ReasonOutcome.REJECTED ? "bad" : "warn");
  }

  /** A comment's reasons, each as the queue shows it. */
  static List<ReasonView> of(List<Reason> reasons) {
    return reasons.stream().map(ReasonView::of).toList();
  }
}
