package news.broadsheet.account;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes in PHC string form, with the parameters OWASP recommends (19 MiB,
 * 2 passes, 1 lane). The parameters travel in each hash, so older hashes still verify after a
 * change.
 */
public final class PasswordHasher {

  private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

  public String hash(String password) {
    return ARGON2ID.hash(password).getResult();
  }

  public boolean matches(String password, String hash) {
    try {
      return Argon2Function.getInstanceFromHash(hash).check(password, hash);
    } catch (RuntimeException malformedHash) {
      return false;
    }
  }
}
