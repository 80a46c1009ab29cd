package news.broadsheet.web.staff;

import java.util.List;
import java.util.Map;
import news.broadsheet.comment.ReasonKind;
import news.broadsheet.moderation.RejectionReason;

/**
 * The moderation queue: one tab of cards, its filters, what was just done and the tools to act.
 *
 * @param state the view as hidden form fields (tab, filters, page), so a form comes back to it
 * @param filters the filters as typed, by field name
 * @param chips the filters in force, each with the address of the view without it
 * @param inView how many comments the tab holds under the filters (what a bulk action covers)
 * @param nextHref the next page, or null; {@code firstHref} the first page when this is not it
 * @param notice what the moderator's last action did, or null; {@code problem} what went wrong, or null
 */
public record ModerationPage(
    StaffFrame frame,
    String tab,
    String tabLabel,
    List<Tab> tabs,
    Map<String, String> state,
    Map<String, String> filters,
    List<Chip> chips,
    String clearHref,
    long inView,
    List<QueueCard> cards,
    String nextHref,
    String firstHref,
    String notice,
    String problem) {

  /** What a moderator may choose for a commenter: suspensions of some days, or a ban. */
  public static final List<Length> LENGTHS = List.of(
      new Length("1", "Suspend for 1 day"), new Length("7", "Suspend for 7 days"),
      new Length("30", "Suspend for 30 days"), new Length("ban", "Ban until lifted"));

  public String csrf() {
    return frame.csrf();
  }

  public List<RejectionReason> rejectionReasons() {
    return List.of(RejectionReason.values());
  }

  /** The kinds of reason the filter offers, by their labels. */
  public List<ReasonKind> reasonKinds() {
    return List.of(ReasonKind.values());
  }

  public List<Length> lengths() {
    return LENGTHS;
  }

  /** The count in view, as shown ("10,000"). */
  public String inViewShown() {
    return String.format(java.util.Locale.ROOT, "%,d", inView);
  }

  /**
   * A tab with how many comments it holds under the filters.
   *
   * @param key the digit that opens it from the keyboard
   */
  public record Tab(String code, String label, String href, String count, boolean current, int key) {}

  /** A filter in force: what it is, its value, and the view without it. */
  public record Chip(String label, String value, String removeHref) {}

  /** A sanction's length as the form offers it. */
  public record Length(String value, String label) {}
}
