package news.broadsheet.web.staff;

import java.util.List;

/**
 * The staff area's navigation for one signed-in member: the sections their role may use, the one
 * they are in, and who they are.
 *
 * @param name the signed-in account's name
 * @param role the account's role, as a word ("moderator")
 */
public record StaffNav(String name, String role, List<Link> links) {

  public StaffNav {
    links = List.copyOf(links);
  }

  /** Whether the member may use this section (their navigation lists it). */
  public boolean offers(StaffSection section) {
    return links.stream().anyMatch(link -> link.href().equals(section.path()));
  }

  /** One section: its name, address, whether the page is in it, and its counts ("12 pending"). */
  public record Link(String label, String href, boolean current, List<Count> counts) {

    public Link {
      counts = List.copyOf(counts);
    }
  }

  /**
   * A number beside a section's name.
   *
   * @param label what is counted ("pending", "reported")
   * @param urgent whether it asks for attention (drawn stronger)
   */
  public record Count(long value, String label, boolean urgent) {

    /** The number as shown, with thousands separated ("10,000"). */
    public String shown() {
      return String.format(java.util.Locale.ROOT, "%,d", value);
    }
  }
}
