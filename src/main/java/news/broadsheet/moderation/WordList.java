package news.broadsheet.moderation;

import java.util.Locale;
import java.util.Optional;

/** The two word lists: a banned word rejects a comment, a suspect word holds it for a moderator. */
public enum WordList {
  BANNED,
  SUSPECT;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<WordList> fromCode(String code) {
    for (WordList list : values()) {
      if (list.code().equals(code)) {
        return Optional.of(list);
      }
    }
    return Optional.empty();
  }
}
