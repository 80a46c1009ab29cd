package news.broadsheet.web.staff;

import news.broadsheet.account.Permission;

/**
 * The sections of the staff area, in the order the navigation lists them, each with the permission
 * it needs. A new section is one line here (and its routes in {@link StaffRoute}); a section with
 * counts beside its name says so in {@link StaffLayout#counts}.
 */
public enum StaffSection {
  DESK("Desk", "/desk", Permission.WRITE_STORIES),
  QUEUE("Queue", "/admin/moderation", Permission.MODERATE_COMMENTS),
  DASHBOARD("Dashboard", "/admin/dashboard", Permission.MODERATE_COMMENTS),
  AUTHORS("Authors", "/desk/authors", Permission.MANAGE_AUTHORS),
  SECTIONS("Sections", "/desk/sections", Permission.MANAGE_SECTIONS),
  ACCOUNTS("Accounts", "/admin/accounts", Permission.MANAGE_ACCOUNTS),
  SETTINGS("Settings", "/admin/settings", Permission.CHANGE_SETTINGS),
  WORDS("Words", "/admin/words", Permission.CHANGE_SETTINGS);

  private final String label;
  private final String path;
  private final Permission permission;

  StaffSection(String label, String path, Permission permission) {
    this.label = label;
    this.path = path;
    this.permission = permission;
  }

  public String label() {
    return label;
  }

  public String path() {
    return path;
  }

  public Permission permission() {
    return permission;
  }
}
