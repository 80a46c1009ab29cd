package news.broadsheet.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import news.broadsheet.moderation.Commenter;
import news.broadsheet.text.TypedText;

/**
 * Whose data is asked for: an account, or a guest known by the name they commented under and the
 * connection (client key) they posted from; both, because a name alone may be anyone's.
 *
 * @param accountId the account, or null for a guest
 * @param name the account's or the guest's name
 * @param clientKey the guest's client key, or null for an account
 */
public record DataSubject(Long accountId, String name, String clientKey) {

  public static DataSubject account(long id, String name) {
    return new DataSubject(id, name, null);
  }

  /**
   * A guest, by name and connection.
   *
   * @throws DataRightsException when either is missing
   */
  public static DataSubject guest(String name, String clientKey) {
    String composed = name == null ? "" : TypedText.normalised(name).strip();
    String client = clientKey == null ? "" : clientKey.strip();
    if (composed.isEmpty() || client.isEmpty()) {
      throw new DataRightsException(
          "name a guest by the name they commented under and the connection they posted from (both)");
    }
    return new DataSubject(null, composed, client);
  }

  public boolean isAccount() {
    return accountId != null;
  }

  /** The commenter as moderation knows them, for their sanctions and pre-moderation. */
  Commenter commenter() {
    return isAccount() ? Commenter.account(accountId, name) : Commenter.guest(name, clientKey);
  }

  /**
   * How the audit trail names the subject of an erasure without keeping what was erased: the
   * account's id, or a digest of the guest's name and connection that the same request gives again.
   */
  String auditSubject() {
    return isAccount() ? "account:" + accountId : "guest:" + digest(name + "\n" + clientKey);
  }

  static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("every Java runtime has SHA-256", missing);
    }
  }
}
