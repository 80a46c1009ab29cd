package news.broadsheet.web.staff;

/**
 * What the staff layout ({@code layout/staff.jte}) needs around a page: its title, the form token
 * for the sign-out form (and the page's own forms), and the navigation.
 *
 * @param nav the navigation of the signed-in member, or null on pages for the signed-out (login)
 */
public record StaffFrame(String title, String csrf, StaffNav nav) {

  public static final String SUFFIX = " — Broadsheet staff";

  /** The text of the {@code <title>}: the page's title and the area's name. */
  public String documentTitle() {
    return title + SUFFIX;
  }

  /** Where the brand leads: the first section the member may use, else the site. */
  public String home() {
    return nav == null || nav.links().isEmpty() ? "/" : nav.links().get(0).href();
  }

  public boolean signedIn() {
    return nav != null;
  }
}
