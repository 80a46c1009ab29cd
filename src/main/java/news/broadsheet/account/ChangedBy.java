package news.broadsheet.account;

/**
 * Who changes an account: a signed-in admin, or someone at the command line.
 *
 * @param accountId the admin's account, or null on the command line
 */
public record ChangedBy(Long accountId, String name) {

  public static final ChangedBy COMMAND_LINE = new ChangedBy(null, "command line");

  public static ChangedBy admin(User user) {
    return new ChangedBy(user.id(), user.name());
  }
}
