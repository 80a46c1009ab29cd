package news.broadsheet.account;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an account may do: each role grants a set of {@link Permission}s, named one by one. A
 * writer writes and a moderator moderates; an editor does both and runs the desk; an admin may do
 * everything.
 */
public enum Role {
  READER(EnumSet.noneOf(Permission.class)),
  WRITER(EnumSet.of(Permission.WRITE_STORIES)),
  MODERATOR(EnumSet.of(Permission.MODERATE_COMMENTS)),
  EDITOR(
      EnumSet.of(
          Permission.MODERATE_COMMENTS, Permission.WRITE_STORIES, Permission.EDIT_ANY_STORY, Permission.MANAGE_AUTHORS)),
  ADMIN(EnumSet.allOf(Permission.class));

  private final Set<Permission> permissions;

  Role(Set<Permission> permissions) {
    this.permissions = permissions;
  }

  public boolean grants(Permission permission) {
    return permissions.contains(permission);
  }

  /** Whether this role's permissions include all of another's. */
  public boolean atLeast(Role other) {
    return permissions.containsAll(other.permissions);
  }

  /** Whether this role may use any staff page (the desk or the moderation queue). */
  public boolean isStaff() {
    return !permissions.isEmpty();
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every role's code, as help texts list them: "reader, writer, moderator, editor or admin". */
  public static String codes() {
    StringBuilder text = new StringBuilder();
    Role[] all = values();
    for (int i = 0; i < all.length; i++) {
      text.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ").append(all[i].code());
    }
    return text.toString();
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
