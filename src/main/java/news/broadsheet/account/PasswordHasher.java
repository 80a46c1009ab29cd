package news.broadsheet.account;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes in PHC string form, with the parameters OWASP recommends (19 MiB,
 * 2 passes, 1 lane). The parameters travel in each hash, so older hashes still verify after a
 * change.
 */
public final class PasswordHasher {

  /** Made at the first hash, not when the server starts: the library reads its settings then. */
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
