package news.broadsheet.moderation;

/**
 * The person who takes a decision: a staff account (its id, once logins exist) or a name given
 * on the command line.
 *
 * @param accountId the account, or null
 */
public record Moderator(Long accountId, String name) {

  public static final int MAX_NAME_LENGTH = 60;

  public Moderator {
    if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH || name.contains("\n")) {
      throw new ModerationException("a moderator needs a name of 1 to " + MAX_NAME_LENGTH + " characters on one line");
    }
    name = name.strip();
  }

  public static Moderator named(String name) {
    return new Moderator(null, name);
  }
}
