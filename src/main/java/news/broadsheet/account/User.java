package news.broadsheet.account;

import java.util.Objects;

/** An account: a reader who comments under it, or a member of the newsroom's staff. */
public record User(long id, String name, Role role, boolean disabled) {
  public User {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }

  /** Whether the account may do everything the given role may. */
  public boolean may(Role needed) {
    return !disabled && role.atLeast(needed);
  }

  /** Whether the account may do this. */
  public boolean can(Permission permission) {
    return !disabled && role.grants(permission);
  }
}
