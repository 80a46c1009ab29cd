package news.broadsheet.desk;

import java.util.Locale;
import java.util.Optional;

/** Whether readers may comment on a story: freely, not at all, or held for a moderator first. */
public enum CommentsMode {
  OPEN,
  CLOSED,
  PREMODERATED;

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String label() {
    return switch (this) {
      case OPEN -> "Open";
      case CLOSED -> "Closed";
      case PREMODERATED -> "Pre-moderated";
    };
  }

  public static Optional<CommentsMode> fromCode(String code) {
    String wanted = code == null ? "" : code.strip().replace("-", "");
    for (CommentsMode mode : values()) {
      if (mode.name().equalsIgnoreCase(wanted)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
