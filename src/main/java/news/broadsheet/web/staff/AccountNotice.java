package news.broadsheet.web.staff;

/** What an admin's last change to an account did, named by a code in the address ({@code ?done=disabled}). */
final class AccountNotice {

  private AccountNotice() {}

  /** The words for a code; null for none or a code that names nothing. */
  static String of(String done) {
    if (done == null) {
      return null;
    }
    return switch (done) {
      case "role" -> "The role is changed.";
      case "disabled" -> "The account is disabled: it cannot log in, and its sessions have ended.";
      case "enabled" -> "The account can log in again.";
      case "signed-out" -> "Every session of the account has ended.";
      default -> null;
    };
  }
}
