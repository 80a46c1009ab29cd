package news.broadsheet.moderation;

import news.broadsheet.text.TextFolding;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.comment.CommentDraft;

/**
 * Someone who comments: an account, or a guest known by name and/or client fingerprint. A guest's
 * name is compared folded (case, accents and Urdu letter variants aside).
 *
 * <p>A commenter is matched by its {@link #keys()}: an account by its id, a guest by name, and
 * either by client fingerprint. An account's name is only its label: a guest who takes the name
 * of an account is not that account, and an account is not the guest who used its name.
 *
 * @param accountId the account, or null for a guest
 * @param name the guest's name or the account's name, or null
 * @param clientKey the client fingerprint, or null
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

  /** An account, labelled with its name. */
  public static Commenter account(long accountId, String name) {
    return new Commenter(accountId, name, null);
  }

  public boolean isAccount() {
    return accountId != null;
  }

  /** The folded name, as names are compared. */
  public String nameKey() {
    return name == null ? null : nameKey(name);
  }

  static String nameKey(String name) {
    return name == null ? null : TextFolding.fold(name).strip().replaceAll("\\s+", " ");
  }

  /** What this commenter is matched by: "account:12", "name:ali", "client:k1". */
  public List<String> keys() {
    return List.copyOf(keysOf(accountId, name, clientKey));
  }

  /** The keys of whoever posts this comment, as a sanction or pre-moderation is matched against. */
  static List<String> keysOf(CommentDraft draft) {
    return List.copyOf(keysOf(draft.accountId(), draft.name(), draft.clientKey()));
  }

  private static List<String> keysOf(Long accountId, String name, String clientKey) {
    List<String> keys = new ArrayList<>(2);
    if (accountId != null) {
      keys.add("account:" + accountId);
    } else if (name != null && !name.isBlank()) {
      keys.add("name:" + nameKey(name));
    }
    if (clientKey != null && !clientKey.isBlank()) {
      keys.add("client:" + clientKey.strip());
    }
    return keys;
  }

  /**
   * How the kept counts of comments by commenter name them: the account ("account:12"), else the
   * name as the guest typed it ("name:Ali"); null for a guest known by client alone.
   */
  public String countsKey() {
    return isAccount() ? "account:" + accountId : name == null ? null : "name:" + name;
  }

  /** How the audit trail names this commenter ("name:ali client:k1", "account:12 (Ali)"). */
  public String subject() {
    List<String> keys = new ArrayList<>(keys());
    if (isAccount() && name != null) {
      keys.set(0, keys.get(0) + " (" + name + ")");
    }
    return String.join(" ", keys);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
