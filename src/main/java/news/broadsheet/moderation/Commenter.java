package news.broadsheet.moderation;

/**
 * Someone who comments: an account, or a guest known by name and/or client fingerprint. A guest's
 * name is compared folded (case, accents and Urdu letter variants aside).
 *
 * @param accountId the account, or null for a guest (accounts do not comment yet)
 * @param name the guest's name, or null
 * @param clientKey the guest's client fingerprint, or null
 */
public record Commenter(Long accountId, String name, String clientKey) {

  public Commenter {
    name = blankToNull(name);
    clientKey = blankToNull(clientKey);
    if (accountId == null && name == null && clientKey == null) {
      throw new ModerationException("name a commenter: an account, a name or a client key");
    }
    if (name != null && name.length() > 60) {
      throw new ModerationException("a commenter's name has at most 60 characters");
    }
  }

  public static Commenter guest(String name, String clientKey) {
    return new Commenter(null, name, clientKey);
  }

  /** The folded name, as names are compared. */
  public String nameKey() {
    return name == null ? null : nameKey(name);
  }

  static String nameKey(String name) {
    return name == null ? null : TextFolding.fold(name).strip().replaceAll("\\s+", " ");
  }

  /** How the audit trail names this commenter ("name:ali client:k1"). */
  public String subject() {
    StringBuilder subject = new StringBuilder();
    if (accountId != null) {
      subject.append("account:").append(accountId);
    }
    if (name != null) {
      subject.append(subject.length() == 0 ? "" : " ").append("name:").append(nameKey());
    }
    if (clientKey != null) {
      subject.append(subject.length() == 0 ? "" : " ").append("client:").append(clientKey);
    }
    return subject.toString();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
