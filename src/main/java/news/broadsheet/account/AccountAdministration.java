package news.broadsheet.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import news.broadsheet.storage.Change;
import news.broadsheet.storage.ChangeKind;
import news.broadsheet.storage.Database;
import org.jdbi.v3.core.Handle;

/**
 * What admins do to accounts, for {@link AccountService}: list and search them, change a role,
 * disable and enable, end every session; each change is in the audit trail, and the last admin who
 * may log in can be neither demoted nor disabled. Also keeps when each account was last seen.
 */
final class AccountAdministration {

  /** How stale "last seen" may be: a signed-in request writes it at most this often per account. */
  static final Duration SEEN_EVERY = Duration.ofMinutes(5);

  private final Database database;
  private final AccountAdminStore store;
  private final Clock clock;
  private final Map<Long, Long> lastWritten = new ConcurrentHashMap<>();

  AccountAdministration(Database database, AccountAdminStore store, Clock clock) {
    this.database = database;
    this.store = store;
    this.clock = clock;
  }

  AccountList list(String search, Role role, int limit, int offset) {
    String text = search == null ? "" : search;
    return database.read(handle -> new AccountList(store.page(handle, text, role, clock.millis(), limit, offset),
        store.count(handle, text, role)));
  }

  User changeRole(long id, Role role, ChangedBy by) {
    return database.inTransaction(handle -> {
      User before = existing(handle, id);
      if (before.role() == role) {
        return before;
      }
      if (before.role() == Role.ADMIN) {
        keepAnAdmin(handle, before, "demote");
      }
      store.setRole(handle, id, role);
      store.insertEvent(handle, id, AccountEventKind.ROLE_CHANGED, before.role(), role, 0, by, clock.millis());
      database.changes().announce(handle, Change.of(ChangeKind.ACCOUNTS, id));
      return existing(handle, id);
    });
  }

  User setDisabled(long id, boolean disabled, ChangedBy by) {
    return database.inTransaction(handle -> {
      User before = existing(handle, id);
      if (before.disabled() == disabled) {
        return before;
      }
      if (disabled && before.role() == Role.ADMIN) {
        keepAnAdmin(handle, before, "disable");
      }
      store.setDisabled(handle, id, disabled);
      int ended = disabled ? store.endSessions(handle, id) : 0;
      store.insertEvent(handle, id, disabled ? AccountEventKind.DISABLED : AccountEventKind.ENABLED, null, null, ended, by,
          clock.millis());
      database.changes().announce(handle, Change.of(ChangeKind.ACCOUNTS, id));
      return existing(handle, id);
    });
  }

  int endSessions(long id, ChangedBy by) {
    return database.inTransaction(handle -> {
      existing(handle, id);
      int ended = store.endSessions(handle, id);
      store.insertEvent(handle, id, AccountEventKind.SIGNED_OUT, null, null, ended, by, clock.millis());
      return ended;
    });
  }

  List<AccountEvent> events(Long accountId, int limit) {
    return database.read(handle -> store.events(handle, accountId, limit));
  }

  /** Notes that an account was seen now, writing at most once every {@link #SEEN_EVERY} per account. */
  void seen(long id) {
    long now = clock.millis();
    Long last = lastWritten.get(id);
    if (last != null && now - last < SEEN_EVERY.toMillis()) {
      return;
    }
    lastWritten.put(id, now);
    database.inTransaction(handle -> {
      store.seen(handle, id, now);
      return null;
    });
  }

  private User existing(Handle handle, long id) {
    return store.find(handle, id).orElseThrow(() -> new AccountException("account", "There is no account " + id + "."));
  }

  /** Refuses to leave the site without an admin who may log in. */
  private void keepAnAdmin(Handle handle, User admin, String verb) {
    store.lockAdmins(handle);
    if (!admin.disabled() && store.enabledAdminsBesides(handle, admin.id()) == 0) {
      throw new AccountException(null, admin.name() + " is the last admin who can log in: make another account an admin"
          + " before you " + verb + " this one.");
    }
  }
}
