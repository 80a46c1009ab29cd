package news.broadsheet.account;

import java.util.Locale;
import java.util.Optional;

/** What an account may do; each role may do everything of the roles before it. */
public enum Role {
  READER,
  MODERATOR,
  EDITOR,
  ADMIN;

  public boolean atLeast(Role other) {
    return compareTo(other) >= 0;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> fromCode(String code) {
    for (Role role : values()) {
      if (role.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
