package news.broadsheet.account;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes in PHC string form, with the parameters OWASP recommends (19 MiB,
 * 2 passes, 1 lane). The parameters travel in each hash, so older hashes still verify after a
 * change. Hashing and checking take turns under a {@link HashingLimit}, so that parallel logins
 * cannot take the heap: when every turn is taken they fail with an {@link AccountException} of
 * kind BUSY.
 */
public final class PasswordHasher {

  /**
   * Made on first use: the library keeps 19 MiB of working memory with the function for good, which
   * a process that never hashes (a command, a server nobody signs in to yet) need not hold.
   */
  private static final class Argon2id {
    static final Argon2Function FUNCTION = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
  }

  private final HashingLimit limit;

  /** A hasher limited by this process's heap and processors. */
  public PasswordHasher() {
    this(HashingLimit.forThisProcess());
  }

  PasswordHasher(HashingLimit limit) {
    this.limit = limit;
  }

  /** How many hashes may run at once. */
  public int hashesAtOnce() {
    return limit.atOnce();
  }

  public String hash(String password) {
    return limit.run(() -> Argon2id.FUNCTION.hash(password).getResult());
  }

  public boolean matches(String password, String hash) {
    Argon2Function function;
    try {
      function = Argon2Function.getInstanceFromHash(hash);
    } catch (RuntimeException malformedHash) {
      return false;
    }
    return limit.run(() -> {
      try {
        return function.check(password, hash);
      } catch (RuntimeException malformedHash) {
        return false;
      }
    });
  }
}
