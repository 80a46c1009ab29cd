package news.broadsheet.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import news.broadsheet.storage.Database;

/**
 * Per-account tokens for the desk API: {@code Authorization: Bearer TOKEN} acts with the rights of
 * the token's account. A token's text is shown once when it is made and stored only as a digest;
 * revoking one stops it at once.
 */
public final class ApiTokens {

  /** Every token's text starts with this, so that a leaked one is easy to recognise. */
  public static final String PREFIX = "bst_";
  private static final int MAX_LABEL_LENGTH = 60;

  private final Database database;
  private final AccountStore accounts;
  private final ApiTokenStore store;
  private final Clock clock;

  public ApiTokens(Database database, AccountStore accounts, ApiTokenStore store, Clock clock) {
    this.database = database;
    this.accounts = accounts;
    this.store = store;
    this.clock = clock;
  }

  /**
   * Makes a token for a staff account.
   *
   * @param label what the token is for ("wire feed"), shown in lists
   * @throws AccountException when there is no such account, it is a reader's, or the label is bad
   */
  public IssuedToken issue(String userName, String label) {
    String checked = label == null || label.isBlank() ? "API" : label.strip();
    if (checked.length() > MAX_LABEL_LENGTH || checked.codePoints().anyMatch(Character::isISOControl)) {
      throw new AccountException("label", "A token's label fits on one line of at most " + MAX_LABEL_LENGTH + " characters.");
    }
    String secret = PREFIX + Digests.newSecret();
    long now = clock.millis();
    return database.inTransaction(
        handle -> {
          User user = staffAccount(handle, userName);
          long id = store.insert(handle, user.id(), checked, Digests.of(secret), now);
          return new IssuedToken(secret, new ApiToken(id, checked, clock.instant(), null), user);
        });
  }

  /** The tokens of an account, oldest first, revoked ones included. */
  public List<ApiToken> tokensOf(String userName) {
    return database.read(handle -> store.tokensOf(handle, account(handle, userName).id()));
  }

  /**
   * Revokes one of an account's tokens.
   *
   * @throws AccountException when the account has no working token of that id
   */
  public void revoke(String userName, long tokenId) {
    long now = clock.millis();
    boolean revoked = database.inTransaction(handle -> store.revoke(handle, account(handle, userName).id(), tokenId, now));
    if (!revoked) {
      throw new AccountException("token", userName + " has no working token " + tokenId + ".");
    }
  }

  /** The account a token acts for, while the token is not revoked and the account not disabled. */
  public Optional<User> userOfToken(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      return Optional.empty();
    }
    return database.read(handle -> store.userOf(handle, Digests.of(secret))).filter(user -> !user.disabled());
  }

  private User account(org.jdbi.v3.core.Handle handle, String userName) {
    return accounts
        .userNamed(handle, userName == null ? "" : userName)
        .orElseThrow(() -> new AccountException("name", "There is no user named " + userName + "."));
  }

  private User staffAccount(org.jdbi.v3.core.Handle handle, String userName) {
    User user = account(handle, userName);
    if (!user.role().isStaff()) {
      throw new AccountException(
          "name", user.name() + " is a reader's account; API tokens are for the newsroom's accounts.");
    }
    return user;
  }
}
