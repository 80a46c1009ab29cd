package news.broadsheet.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import news.broadsheet.cluster.RateLimits;
import news.broadsheet.settings.SettingsService;
import news.broadsheet.storage.Change;
import news.broadsheet.storage.ChangeKind;
import news.broadsheet.storage.Database;
import news.broadsheet.text.NameKey;
import news.broadsheet.text.TypedText;
import org.jdbi.v3.core.JdbiException;

/**
 * Accounts, logins and sessions; readers create their own account by signing up, while the
 * setting {@link AccountSettings#SIGN_UP_ENABLED} allows it. Account names are compared by how
 * they look ({@link NameKey}): no two accounts, and no guest and an account, share a name a
 * reader cannot tell apart.
 */
public final class AccountService {

  public static final int MIN_PASSWORD_LENGTH = 10;
  public static final int MAX_NAME_LENGTH = 60;
  /** Sign-up attempts one client may make in the throttle's window (15 minutes). */
  private static final int SIGN_UPS_PER_CLIENT = 10;

  private final Database database;
  private final AccountStore store;
  private final PasswordHasher hasher;
  private final SettingsService settings;
  private final Sessions sessions;
  private final Clock clock;
  private final LoginThrottle throttle;
  private final LoginThrottle signUps;
  /**
   * Whether a name belongs to an account, asked on every guest's comment: remembered for a few
   * seconds by the name's look key, and forgotten at once when an account is added here.
   */
  private final Cache<String, Boolean> takenNames =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(5)).build();
  private volatile String decoyHash;
  private final AccountAdministration administration;

  public AccountService(
      Database database,
      AccountStore store,
      SessionStore sessionStore,
      PasswordHasher hasher,
      SettingsService settings,
      RateLimits limits,
      Clock clock) {
    this.database = database;
    this.throttle = LoginThrottle.logins(limits, 5, 20, 10);
    this.signUps = LoginThrottle.signUps(limits, SIGN_UPS_PER_CLIENT);
    this.store = store;
    this.hasher = hasher;
    this.settings = settings;
    this.clock = clock;
    this.sessions = new Sessions(database, sessionStore, settings, clock);
    this.administration = new AccountAdministration(database, new AccountAdminStore(), clock);
    database.changes().on(ChangeKind.ACCOUNTS, change -> takenNames.invalidateAll());
    database.changes().onCatchUp(takenNames::invalidateAll);
  }

  /**
   * Gives accounts stored before names were compared by their look a look key. Two such accounts
   * whose names look alike both keep working; the later one's key is made its own, so that no
   * new account can take either name.
   *
   * @return how many accounts got a key
   */
  public int keyNamesByLook() {
    return database.inTransaction(handle -> {
      Map<Long, String> names = store.namesWithoutLookKey(handle);
      names.forEach((id, name) -> {
        if (!store.setLookKey(handle, id, NameKey.of(name))) {
          store.setLookKey(handle, id, NameKey.of(name) + "\n#" + id);
        }
      });
      return names.size();
    });
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
    try {
      return database.inTransaction(handle -> {
        if (store.nameTaken(handle, trimmed)) {
          throw nameTakenBy(trimmed);
        }
        long id = store.insertUser(handle, trimmed, role, hash, clock.millis());
        database.changes().announce(handle, Change.of(ChangeKind.ACCOUNTS, id));
        takenNames.invalidateAll();
        return new User(id, trimmed, role, false);
      });
    } catch (JdbiException raced) {
      if (database.read(handle -> store.nameTaken(handle, trimmed))) {
        throw nameTakenBy(trimmed); // another node stored a name that looks the same meanwhile
      }
      throw raced;
    }
  }

  private static AccountException nameTakenBy(String name) {
    return new AccountException(
        "name", "There is already a user named " + name + " (or one that looks the same); please choose another name.");
  }

  /**
   * Whether an account has this name, as names are compared: by how they look, whatever their
   * case, invisible characters or look-alike letters. A guest may not comment under it, so that
   * readers can trust a name that belongs to an account.
   */
  public boolean nameTaken(String name) {
    String trimmed = name == null ? "" : name.strip();
    return !trimmed.isEmpty()
        && takenNames.get(NameKey.of(trimmed), key -> database.read(handle -> store.nameTaken(handle, trimmed)));
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
   *     {@code repeated}), or no field when sign-up is closed, the client tries too often or the
   *     server is too busy to hash the password
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
    return sessions.open(addUser(name, Role.READER, password), clientKey);
  }

  /**
   * The name as stored: in NFC, stripped, 1 to {@value #MAX_NAME_LENGTH} characters on one line,
   * with a letter or digit, and no character that hides or disguises what is shown.
   */
  private static String checkName(String name) {
    String trimmed = name == null ? "" : TypedText.normalised(name).strip();
    if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > MAX_NAME_LENGTH) {
      throw new AccountException("name", "A user name has 1 to " + MAX_NAME_LENGTH + " characters.");
    }
    if (trimmed.contains("\n") || trimmed.contains("\r") || trimmed.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new AccountException("name", "A user name fits on one line and has at least one letter or digit.");
    }
    TypedText.refusedCharacter(trimmed, false).ifPresent(refused -> {
      throw new AccountException("name", "The name holds " + refused + ", which cannot be part of a user name.");
    });
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
   * @throws AccountException when the login is refused, throttled or the server is too busy to
   *     check the password (kind BUSY: the attempt does not count); the message never tells
   *     whether the name exists
   */
  public Session logIn(String name, String password, String clientKey) {
    String key = AccountStore.nameKey(name == null ? "" : name);
    Optional<AccountStore.Credentials> found = database.read(handle -> store.credentials(handle, key));
    boolean known = found.isPresent() && sessions.knownClient(found.get().user().id(), clientKey);
    OptionalLong wait = throttle.attempt(key, clientKey, known);
    if (wait.isPresent()) {
      throw AccountException.throttled(wait.getAsLong());
    }
    boolean matches;
    try {
      String hash = found.map(AccountStore.Credentials::passwordHash).orElseGet(this::decoyHash);
      matches = hasher.matches(password == null ? "" : password, hash);
    } catch (AccountException busy) {
      throttle.giveBack(key, clientKey, known);
      throw busy;
    }
    if (found.isEmpty() || !matches || found.get().user().disabled()) {
      throw new AccountException(null, "That name and password do not match an account.");
    }
    throttle.succeeded(key, clientKey);
    administration.seen(found.get().user().id());
    return sessions.open(found.get().user(), clientKey);
  }

  /** The user a session cookie belongs to, while the session lasts (neither idle too long nor past its end). */
  public Optional<User> userOfSession(String token) {
    Optional<User> user = sessions.userOf(token);
    user.ifPresent(found -> administration.seen(found.id()));
    return user;
  }

  public void logOut(String token) {
    sessions.close(token);
  }

  /** The account of this name (case aside), if there is one. */
  public Optional<User> user(String name) {
    String key = AccountStore.nameKey(name == null ? "" : name);
    return database.read(handle -> store.credentials(handle, key)).map(AccountStore.Credentials::user);
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
