package news.broadsheet.web.staff;

import java.util.List;
import news.broadsheet.comment.Reason;
import news.broadsheet.comment.ReasonText;

/**
 * The moderation queue: one tab, its filters and its comments.
 *
 * @param classifier the classifier's status in one line
 */
public record ModerationPage(
    StaffFrame frame,
    String tab,
    List<Tab> tabs,
    String story,
    String commenter,
    String text,
    List<Entry> entries,
    String classifier) {

  public String csrf() {
    return frame.csrf();
  }

  /** A tab link with how many comments it holds. */
  public record Tab(String code, String label, String href, long count, boolean current) {}

  /**
   * A comment in the queue, with why it is there and what happened to it.
   *
   * @param account whether a signed-in reader's account wrote it (else a guest)
   * @param sanction the ban or suspension its commenter is under ("banned: …"), or null
   */
  public record Entry(
      long id,
      String story,
      String storyHref,
      String name,
      boolean account,
      String time,
      String text,
      String status,
      List<ReasonView> reasons,
      int openReports,
      List<History> history,
      String sanction) {}

  /**
   * One reason a comment is held or rejected, as the queue shows it.
   *
   * @param kind the reason's kind by its code ("links"), for styling and filters
   * @param label a few words ("Links")
   * @param explanation the longer words ("3 links, the limit is 2")
   */
  public record ReasonView(String kind, String label, String explanation) {

    static ReasonView of(Reason reason) {
      return new ReasonView(reason.kind().code(), ReasonText.label(reason), ReasonText.explanation(reason));
    }
  }

  /** One line of a comment's history: who, when, what, why. */
  public record History(String actor, String at, String action, String reason) {}
}
