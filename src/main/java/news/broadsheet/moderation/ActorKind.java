package news.broadsheet.moderation;

import java.util.Locale;

/** Who took a moderation decision: the automatic screening, the readers' reports, or a person. */
public enum ActorKind {
  SCREENING,
  READERS,
  MODERATOR;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ActorKind fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
