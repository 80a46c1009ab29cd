package news.broadsheet.web.staff;

import java.util.Map;

/**
 * The confirmation before a commenter's data is erased: who, what it does, and the form that does it.
 *
 * @param kind "account" or "guest"
 * @param connection the guest's connection, or null for an account
 * @param comments their comments stored now
 * @param fields the commenter asked for, as the form's hidden fields
 * @param backHref the search the admin came from
 */
public record DataRightsErasePage(
    StaffFrame frame,
    String name,
    String kind,
    String connection,
    int comments,
    boolean keepsReplied,
    Map<String, String> fields,
    String backHref) {

  public String csrf() {
    return frame.csrf();
  }

  public boolean account() {
    return kind.equals("account");
  }
}
