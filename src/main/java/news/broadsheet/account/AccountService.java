package news.broadsheet.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import news.broadsheet.cluster.RateLimits;
import news.broadsheet.settings.SettingsService;
import news.broadsheet.storage.Change;
import news.broadsheet.storage.ChangeKind;
import news.broadsheet.storage.Database;

/**
 * Accounts, logins and sessions; readers create their own account by signing up, while the
 * setting {@link AccountSettings#SIGN_UP_ENABLED} allows it.
 */
public final class AccountService {

  public static final int MIN_PASSWORD_LENGTH = 10;
  public static final int MAX_NAME_LENGTH = 60;
  private static final Duration SESSION_LIFETIME = Duration.ofDays(14);
  /** Sign-up attempts one client may make in the throttle's window (15 minutes). */
  private static final int SIGN_UPS_PER_CLIENT = 10;

  private final Database database;
  private final AccountStore store;
  private final PasswordHasher hasher;
  private final SettingsService settings;
  private final Clock clock;
  private final LoginThrottle throttle;
  private final LoginThrottle signUps;
  /**
   * Whether a name belongs to an account, asked on every guest's comment: remembered for a few
   * seconds, and forgotten at once when an account is added here.
   */
  private final Cache<String, Boolean> takenNames =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(5)).build();
  private volatile String decoyHash;
  private final AccountAdministration administration;

  public AccountService(
      Database database,
      AccountStore store,
      PasswordHasher hasher,
      SettingsService settings,
      RateLimits limits,
      Clock clock) {
    this.database = database;
    this.throttle = LoginThrottle.logins(limits, 5, 20);
    this.signUps = LoginThrottle.signUps(limits, SIGN_UPS_PER_CLIENT);
    this.store = store;
    this.hasher = hasher;
    this.settings = settings;
    this.clock = clock;
    this.administration = new AccountAdministration(database, new AccountAdminStore(), clock);
    database.changes().on(ChangeKind.ACCOUNTS, change -> takenNames.invalidateAll());
    database.changes().onCatchUp(takenNames::invalidateAll);
  }

  /** A hash to check unknown names against, so a wrong name takes as long as a wrong password. */
  private String decoyHash() {
    if (decoyHash == null) {
      decoyHash = hasher.hash("decoy password for unknown names");
    }
    return decoyHash;
  }

  public User addUser(String name, Role role, String password) {
    String trimmed = checkName(name);
    checkPassword(password);
    String hash = hasher.hash(password);
    return database.inTransaction(
        handle -> {
          if (store.nameTaken(handle, trimmed)) {
            throw new AccountException(
                "name", "There is already a user named " + trimmed + "; please choose another name.");
          }
          long id = store.insertUser(handle, trimmed, role, hash, clock.millis());
          database.changes().announce(handle, Change.of(ChangeKind.ACCOUNTS, id));
          takenNames.invalidateAll();
          return new User(id, trimmed, role, false);
        });
  }

  /**
   * Whether an account has this name (as names are compared: case aside). A guest may not comment
   * under it, so that readers can trust a name that belongs to an account.
   */
  public boolean nameTaken(String name) {
    String trimmed = name == null ? "" : name.strip();
    return !trimmed.isEmpty()
        && takenNames.get(trimmed, key -> database.read(handle -> store.nameTaken(handle, key)));
  }

  /** Whether readers may create their own account now. */
  public boolean signUpOpen() {
    return settings.get(AccountSettings.SIGN_UP_ENABLED);
  }

  /**
   * A reader creates their own account (role reader) and is signed in with a new session.
   * Attempts are throttled per client, like logins.
   *
   * @param repeated the password typed a second time
   * @param clientKey the client's address or fingerprint, for throttling; may be null
   * @throws AccountException naming the field at fault ({@code name}, {@code password},
   *     {@code repeated}), or no field when sign-up is closed or the client tries too often
   */
  public Session signUp(String name, String password, String repeated, String clientKey) {
    if (!signUpOpen()) {
      throw new AccountException(null, "This site is not taking new accounts at the moment.");
    }
    OptionalLong wait = signUps.attemptFromClient(clientKey);
    if (wait.isPresent()) {
      throw AccountException.throttled(wait.getAsLong());
    }
    checkName(name);
    checkPassword(password);
    if (!password.equals(repeated)) {
      throw new AccountException("repeated", "The two passwords differ; please type the same password twice.");
    }
    return openSession(addUser(name, Role.READER, password));
  }

  /** The name as stored: stripped, 1 to {@value #MAX_NAME_LENGTH} characters on one line, with a letter or digit. */
  private static String checkName(String name) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
      throw new AccountException("name", "A user name has 1 to " + MAX_NAME_LENGTH + " characters.");
    }
    if (trimmed.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)
        || trimmed.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new AccountException("name", "A user name fits on one line and has at least one letter or digit.");
    }
    return trimmed;
  }

  private static void checkPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new AccountException("password", "A password has at least " + MIN_PASSWORD_LENGTH + " characters.");
    }
  }

  /**
   * Checks a name and password and opens a new session.
   *
   * @param clientKey the client's address or fingerprint, for throttling; may be null
   * @throws AccountException when the login is refused or throttled; the message never tells
   *     whether the name exists
   */
  public Session logIn(String name, String password, String clientKey) {
    String key = AccountStore.nameKey(name == null ? "" : name);
    OptionalLong wait = throttle.attempt(key, clientKey);
    if (wait.isPresent()) {
      throw AccountException.throttled(wait.getAsLong());
    }
    Optional<AccountStore.Credentials> found = database.read(handle -> store.credentials(handle, key));
    String hash = found.map(AccountStore.Credentials::passwordHash).orElseGet(this::decoyHash);
    boolean matches = hasher.matches(password == null ? "" : password, hash);
    if (found.isEmpty() || !matches || found.get().user().disabled()) {
      throw new AccountException(null, "That name and password do not match an account.");
    }
    administration.seen(found.get().user().id());
    return openSession(found.get().user());
  }

  private Session openSession(User user) {
    String token = Digests.newSecret();
    Instant now = clock.instant();
    Instant expires = now.plus(SESSION_LIFETIME);
    database.inTransaction(handle -> {
      store.insertSession(handle, Digests.of(token), user.id(), now.toEpochMilli(), expires.toEpochMilli());
      return null;
    });
    return new Session(token, user, expires);
  }

  /** The user a session cookie belongs to, while the session lasts. */
  public Optional<User> userOfSession(String token) {
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    Optional<User> user = database.read(handle -> store.sessionUser(handle, Digests.of(token), clock.millis()));
    user.ifPresent(found -> administration.seen(found.id()));
    return user;
  }

  public void logOut(String token) {
    if (token != null && !token.isEmpty()) {
      database.inTransaction(handle -> {
        store.deleteSession(handle, Digests.of(token));
        return null;
      });
    }
  }

  public List<User> users() {
    return database.read(store::users);
  }

  /**
   * Gives the account of a name another role, from the command line (recorded as such).
   *
   * @throws AccountException when there is no such account, or it is the last admin who can log in
   */
  public void setRole(String name, Role role) {
    User user = database.read(handle -> store.credentials(handle, name))
        .map(AccountStore.Credentials::user)
        .orElseThrow(() -> new AccountException("name", "There is no user named " + name + "."));
    changeRole(user.id(), role, ChangedBy.COMMAND_LINE);
  }

  /** A page of accounts whose name contains the search (any case), of one role or all (null), by name. */
  public AccountList accounts(String search, Role role, int limit, int offset) {
    return administration.list(search, role, limit, offset);
  }

  /**
   * Gives an account another role; recorded in the audit trail.
   *
   * @throws AccountException when there is no such account, or it is the last admin who can log in
   */
  public User changeRole(long accountId, Role role, ChangedBy by) {
    return administration.changeRole(accountId, role, by);
  }

  /**
   * Stops an account from logging in and ends its sessions, or lets it log in again; recorded in
   * the audit trail.
   *
   * @throws AccountException when there is no such account, or it is the last admin who can log in
   */
  public User setDisabled(long accountId, boolean disabled, ChangedBy by) {
    return administration.setDisabled(accountId, disabled, by);
  }

  /** Ends every session of an account (it must log in again); recorded. How many ended. */
  public int endSessions(long accountId, ChangedBy by) {
    return administration.endSessions(accountId, by);
  }

  /** The audit trail of changes to an account, or to all (null), newest first. */
  public List<AccountEvent> changes(Long accountId, int limit) {
    return administration.events(accountId, limit);
  }
}
