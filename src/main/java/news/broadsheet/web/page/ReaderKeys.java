package news.broadsheet.web.page;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reader keys as the server issues them: a random id and its HMAC-SHA256 under the site's secret
 * ({@code id.signature}, URL-safe Base64). A key whose signature does not hold was not issued here
 * and counts for nothing, so a client cannot make up keys to recommend a comment many times.
 */
public final class ReaderKeys {

  /** The name of the site's secret that signs the keys ({@code site_secrets}). */
  public static final String SECRET = "reader-keys";
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{32}\\.[A-Za-z0-9_-]{22}");
  private static final int SIGNATURE_BYTES = 16;

  private final SecretKeySpec secret;

  /** @param secret the site's secret for reader keys (kept in the database, the same across restarts) */
  public ReaderKeys(byte[] secret) {
    this.secret = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  /** A new key: a random id, signed. */
  public String issue() {
    String id = ReaderCookies.newToken();
    return id + "." + signature(id);
  }

  /** Whether the value is a key this site issued. */
  boolean isIssued(String value) {
    if (value == null || !SHAPE.matcher(value).matches()) {
      return false;
    }
    int dot = value.indexOf('.');
    byte[] expected = signature(value.substring(0, dot)).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
  }

  private String signature(String id) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(secret);
      byte[] full = mac.doFinal(id.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, SIGNATURE_BYTES));
    } catch (GeneralSecurityException missing) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", missing);
    }
  }
}
