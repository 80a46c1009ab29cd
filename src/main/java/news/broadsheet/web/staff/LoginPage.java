package news.broadsheet.web.staff;

import news.broadsheet.web.page.PageMeta;

/**
 * The login form, with what was typed and why it was refused (or null).
 *
 * @param frame the staff area's frame, for a login that leads there
 * @param signUp the sign-up page's address, or null when the site takes no new accounts
 */
public record LoginPage(
    PageMeta meta, StaffFrame frame, String name, String next, String problem, String signUp) {

  public String csrf() {
    return frame.csrf();
  }

  /** Whether the login leads into the staff area, and so is drawn as its page; else as the reader's. */
  public boolean staff() {
    return next.startsWith("/admin") || next.startsWith("/desk");
  }
}
