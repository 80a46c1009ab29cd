package news.broadsheet.moderation;

import java.util.Locale;
import java.util.Optional;

/** What a moderator decided about a comment, as the classifier learns it. */
public enum Label {
  APPROVE,
  REJECT;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Label> fromCode(String code) {
    for (Label label : values()) {
      if (label.code().equals(code)) {
        return Optional.of(label);
      }
    }
    return Optional.empty();
  }
}
