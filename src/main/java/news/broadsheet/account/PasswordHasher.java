package news.broadsheet.account;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes in PHC string form, with the parameters OWASP recommends (19 MiB,
 * 2 passes, 1 lane). The parameters travel in each hash, so older hashes still verify after a
 * change.
 */
public final class PasswordHasher {

  /**
   * Made on first use: the library keeps 19 MiB of working memory with the function for good, which
   * a process that never hashes (a command, a server nobody signs in to yet) need not hold.
   */
  private static final class Argon2id {
    static final Argon2Function FUNCTION = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
  }

  public String hash(String password) {
    return Argon2id.FUNCTION.hash(password).getResult();
  }

  public boolean matches(String password, String hash) {
    try {
      return Argon2Function.getInstanceFromHash(hash).check(password, hash);
    } catch (RuntimeException malformedHash) {
      return false;
    }
  }
}
