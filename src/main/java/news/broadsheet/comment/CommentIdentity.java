package news.broadsheet.comment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.Base64;

/**
 * What makes a comment the same comment: its name, its wall-clock time and its text. When one
 * story holds the very same comment more than once, {@code occurrence} tells the copies apart
 * (0 for the first), so that a file that lists it twice is stored, and written back, whole.
 *
 * @param digest a short digest of name, time and text
 */
public record CommentIdentity(String digest, int occurrence) {

  /** One SHA-256 per thread, reset after each use: looking the algorithm up costs more than a short digest. */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(CommentIdentity::sha256);

  public static String digestOf(String name, LocalDateTime postedLocal, String text) {
    MessageDigest sha256 = SHA_256.get();
    sha256.update(name.getBytes(StandardCharsets.UTF_8));
    sha256.update((byte) 0);
    sha256.update(postedLocal.toString().getBytes(StandardCharsets.UTF_8));
    sha256.update((byte) 0);
    sha256.update(text.getBytes(StandardCharsets.UTF_8));
    byte[] hash = sha256.digest();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 18));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("every Java runtime has SHA-256", missing);
    }
  }
}
