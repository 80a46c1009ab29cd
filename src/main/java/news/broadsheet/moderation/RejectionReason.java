package news.broadsheet.moderation;

import java.util.Locale;
import java.util.Optional;

/**
 * The reasons a moderator picks from to reject a comment, besides words of their own. The reason
 * is recorded and shown to the commenter in these words.
 */
public enum RejectionReason {
  INSULTS("Insults or abuse", "It attacks a person rather than an argument."),
  HATE("Hate", "It demeans people for who they are: faith, ethnicity, sex, caste or the like."),
  THREATS("Threats or harassment", "It threatens or hounds someone."),
  PRIVATE("Private information", "It gives out someone's address, number or other private details."),
  OFF_TOPIC("Off topic", "It has nothing to do with the story or the discussion."),
  FALSE("False claims", "It states as fact what is known to be false, in a way that could mislead or harm.");

  private final String words;
  private final String explanation;

  RejectionReason(String words, String explanation) {
    this.words = words;
    this.explanation = explanation;
  }

  /** The reason as recorded and shown to the commenter. */
  public String words() {
    return words;
  }

  /** What it covers, for moderators choosing. */
  public String explanation() {
    return explanation;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<RejectionReason> fromCode(String code) {
    for (RejectionReason reason : values()) {
      if (reason.code().equals(code)) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }
}
