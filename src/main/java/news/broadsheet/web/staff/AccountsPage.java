package news.broadsheet.web.staff;

import java.util.List;
import java.util.Map;
import news.broadsheet.web.staff.StaffTimes.ShownTime;

/**
 * The admins' accounts page: a search, one page of accounts with what each has done, the forms to
 * change them, and the latest changes made to accounts.
 *
 * @param state the view as hidden form fields (search, role, page), so a form comes back to it
 * @param shown which accounts of how many ("1–50 of 1,234")
 */
public record AccountsPage(
    StaffFrame frame,
    String search,
    String role,
    List<String> roles,
    Map<String, String> state,
    List<Row> rows,
    String shown,
    String previousHref,
    String nextHref,
    String notice,
    String problem,
    List<Change> changes) {

  public String csrf() {
    return frame.csrf();
  }

  /**
   * One account.
   *
   * @param self whether it is the signed-in admin's own
   * @param sanction the ban or suspension in force against it, in words, or null
   * @param commentsHref the queue's comments by this account's name
   */
  public record Row(
      long id,
      String name,
      String role,
      boolean disabled,
      boolean self,
      long published,
      long pending,
      long rejected,
      int sanctions,
      String sanction,
      ShownTime created,
      ShownTime lastSeen,
      int sessions,
      String commentsHref) {}

  /** A change in the audit trail: when, who, and what in words. */
  public record Change(ShownTime at, String actor, String what, long accountId) {}
}
