package news.broadsheet.web.staff;

import news.broadsheet.account.Role;

/**
 * The sections of the staff area, in the order the navigation lists them, each with the role it
 * needs. A new section is one line here (and its routes in {@link StaffRoute}); a section with
 * counts beside its name says so in {@link StaffLayout#counts}.
 */
public enum StaffSection {
  QUEUE("Queue", "/admin/moderation", Role.MODERATOR),
  SETTINGS("Settings", "/admin/settings", Role.ADMIN),
  WORDS("Words", "/admin/words", Role.ADMIN);

  private final String label;
  private final String path;
  private final Role role;

  StaffSection(String label, String path, Role role) {
    this.label = label;
    this.path = path;
    this.role = role;
  }

  public String label() {
    return label;
  }

  public String path() {
    return path;
  }

  public Role role() {
    return role;
  }
}
