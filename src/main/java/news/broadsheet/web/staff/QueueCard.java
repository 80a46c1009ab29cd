package news.broadsheet.web.staff;

import java.util.List;
import news.broadsheet.web.page.SafeHtml;
import news.broadsheet.web.staff.StaffTimes.ShownTime;

/**
 * One comment in the moderation queue as a card: what it says, where, by whom with their history,
 * why it is here, and what has been decided.
 *
 * @param commenterHref the queue filtered on this commenter
 * @param paragraphs the text, escaped, its addresses marked but not links
 * @param storyHref the story's page; {@code threadHref} the comment's place in the thread
 * @param storyFilterHref the queue filtered on this story
 * @param status the comment's status as a word ("pending")
 * @param sanction the ban or suspension in force against the commenter, in words, or null
 * @param reportCount readers' open reports; {@code reports} their reasons, each once ("rude (2)")
 */
public record QueueCard(
    long id,
    String name,
    boolean account,
    String commenterHref,
    History history,
    String sanction,
    ShownTime time,
    List<SafeHtml> paragraphs,
    String story,
    String storyHref,
    String threadHref,
    String storyFilterHref,
    Parent parent,
    String status,
    List<ReasonView> reasons,
    int reportCount,
    List<String> reports,
    List<DecisionLine> decisions) {

  /** The commenter's record on this site: comments by status, sanctions and first comment. */
  public record History(long published, long pending, long rejected, int sanctions, ShownTime firstSeen) {}

  /**
   * The comment this one replies to.
   *
   * @param status its status when it is not published ("pending"), else null
   */
  public record Parent(String name, String excerpt, String status) {}

  /**
   * One line of the comment's history.
   *
   * @param who the actor ("Mona", "Screening", "Readers")
   * @param what what happened ("approved it")
   * @param why the reason given, or ""
   */
  public record DecisionLine(ShownTime at, String who, String what, String why) {}

  /** The status's tone for its badge: ok, warn or bad. */
  public String statusTone() {
    return switch (status) {
      case "published" -> "ok";
      case "pending" -> "warn";
      default -> "bad";
    };
  }
}
