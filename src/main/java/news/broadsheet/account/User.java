package news.broadsheet.account;

import java.util.Objects;

/** An account: a reader who comments under it, or a member of the newsroom's staff. */
public record User(long id, String name, Role role, boolean disabled) {
  public User {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }

  public boolean may(Role needed) {
    return !disabled && role.atLeast(needed);
  }
}
