package news.broadsheet.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import news.broadsheet.settings.SettingsService;
import news.broadsheet.storage.Database;

/**
 * Login sessions: a random token for the cookie, stored as its digest. A session ends after
 * {@link AccountSettings#SESSION_IDLE_DAYS} without use, and in any case
 * {@link AccountSettings#SESSION_MAX_DAYS} after it began. Its last use is written at most once
 * every {@link #touchInterval}, not on every request.
 */
final class Sessions {

  /** How long a client an account logged in from counts as the owner's own. */
  static final Duration CLIENT_REMEMBERED = Duration.ofDays(90);
  private static final Duration MAX_TOUCH_INTERVAL = Duration.ofHours(1);

  private final Database database;
  private final SessionStore store;
  private final SettingsService settings;
  private final Clock clock;

  Sessions(Database database, SessionStore store, SettingsService settings, Clock clock) {
    this.database = database;
    this.store = store;
    this.settings = settings;
    this.clock = clock;
  }

  /** Opens a new session for the user, and remembers the client it was opened from (may be null). */
  Session open(User user, String clientKey) {
    String token = Digests.newSecret();
    Instant now = clock.instant();
    Instant ends = now.plus(Duration.ofDays(settings.get(AccountSettings.SESSION_MAX_DAYS)));
    database.inTransaction(handle -> {
      store.insertSession(handle, digest(token), user.id(), now.toEpochMilli(), ends.toEpochMilli());
      if (clientKey != null) {
        store.rememberClient(handle, user.id(), digest(clientKey), now.toEpochMilli());
      }
      return null;
    });
    return new Session(token, user, ends);
  }

  /** The user of a session that lasts; its use is noted when the last note is old enough. */
  Optional<User> userOf(String token) {
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    long now = clock.millis();
    String digest = digest(token);
    Optional<SessionStore.Lasting> lasting = database.read(handle -> store.lasting(handle, digest, now, idleSince(now)));
    if (lasting.isPresent() && now - lasting.get().lastSeenAt() >= touchInterval().toMillis()) {
      database.inTransaction(handle -> {
        store.touch(handle, digest, now);
        return null;
      });
    }
    return lasting.map(SessionStore.Lasting::user);
  }

  void close(String token) {
    if (token != null && !token.isEmpty()) {
      database.inTransaction(handle -> {
        store.deleteSession(handle, digest(token));
        return null;
      });
    }
  }

  /** Whether the account logged in from this client within {@link #CLIENT_REMEMBERED}. */
  boolean knownClient(long userId, String clientKey) {
    long since = clock.instant().minus(CLIENT_REMEMBERED).toEpochMilli();
    return clientKey != null && database.read(handle -> store.knownClient(handle, userId, digest(clientKey), since));
  }

  /** The instant before which a session not used since is idle. */
  long idleSince(long now) {
    return now - idleTime().toMillis();
  }

  private Duration idleTime() {
    return Duration.ofDays(settings.get(AccountSettings.SESSION_IDLE_DAYS));
  }

  /** A hundredth of the idle time, at most an hour: how stale the noted last use may be. */
  private Duration touchInterval() {
    Duration hundredth = idleTime().dividedBy(100);
    return hundredth.compareTo(MAX_TOUCH_INTERVAL) < 0 ? hundredth : MAX_TOUCH_INTERVAL;
  }

  private static String digest(String secret) {
    return Digests.of(secret);
  }
}
