package news.broadsheet.account;

import java.time.Clock;
import news.broadsheet.settings.SettingsService;
import news.broadsheet.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the sessions that have ended (idle too long, or past their end) and forgets the login
 * clients of accounts not used for {@link Sessions#CLIENT_REMEMBERED}. A job: {@link #runOnce}
 * does one pass and may run on any node at any time (running it twice at once does no harm);
 * the server runs it every hour as one of its cluster jobs ({@link #runLogged}), on one node.
 */
public final class SessionCleanup {

  private static final Logger LOG = LoggerFactory.getLogger(SessionCleanup.class);

  /** What one pass deleted. */
  public record Cleaned(int sessions, int clients) {}

  private final Database database;
  private final SessionStore store;
  private final Sessions sessions;
  private final Clock clock;

  public SessionCleanup(Database database, SessionStore store, SettingsService settings, Clock clock) {
    this.database = database;
    this.store = store;
    this.sessions = new Sessions(database, store, settings, clock);
    this.clock = clock;
  }

  public Cleaned runOnce() {
    long now = clock.millis();
    long forgetBefore = clock.instant().minus(Sessions.CLIENT_REMEMBERED).toEpochMilli();
    return database.inTransaction(handle ->
        new Cleaned(store.deleteExpired(handle, now, sessions.idleSince(now)), store.forgetClients(handle, forgetBefore)));
  }

  /** One pass, said in the log; a failing pass (the database away) is the job runner's to log. */
  public void runLogged() {
    Cleaned cleaned = runOnce();
    LOG.info("deleted {} ended sessions and forgot {} login clients", cleaned.sessions(), cleaned.clients());
  }
}
