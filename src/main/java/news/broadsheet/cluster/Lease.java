package news.broadsheet.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import news.broadsheet.storage.Database;
import news.broadsheet.storage.NodeName;

/**
 * A named claim, kept in the database, on running a periodic job: one node at a time holds it,
 * and only when the job's last run (on any node) started a period ago or more. The holder renews
 * it while the run lasts and lets it go when the run ends; a holder that dies stops renewing, and
 * once its lease expires another node claims the job. Times come from each node's clock, which
 * must agree to well within the lease's length (NTP does).
 */
public final class Lease {

  /** What the database says of a lease: its holder, until when, and when its last run started. */
  public record State(String holder, Instant expiresAt, Instant lastRunAt) {}

  private final Database database;
  private final LeaseStore store;
  private final String name;
  private final NodeName node;
  private final Duration length;
  private final Clock clock;

  Lease(Database database, LeaseStore store, String name, NodeName node, Duration length, Clock clock) {
    this.database = database;
    this.store = store;
    this.name = name;
    this.node = node;
    this.length = length;
    this.clock = clock;
  }

  public String name() {
    return name;
  }

  /** Claims the next run when it is due ({@code every} after the last run started) and nobody holds it. */
  public boolean claim(Duration every) {
    long now = clock.millis();
    return database.inTransactionAlone(
        handle -> store.claim(handle, name, node.name(), now, now + length.toMillis(), now - every.toMillis()));
  }

  /** Holds the lease another full length; false when this node no longer holds it. */
  public boolean renew() {
    long expires = clock.millis() + length.toMillis();
    return database.inTransactionAlone(handle -> store.renew(handle, name, node.name(), expires));
  }

  /** Records the run that started then, and lets the lease go; false when this node no longer held it. */
  public boolean finish(Instant started) {
    long now = clock.millis();
    return database.inTransactionAlone(handle -> store.finish(handle, name, node.name(), started.toEpochMilli(), now));
  }

  /** The lease as stored, if it was ever claimed. */
  public Optional<State> state() {
    return database
        .read(handle -> store.find(handle, name))
        .map(row -> new State(row.holder(), Instant.ofEpochMilli(row.expiresAt()), Instant.ofEpochMilli(row.lastRunAt())));
  }

  /** When the job may next be claimed: once its period has passed and the lease is free. */
  Instant nextClaim(Duration every) {
    return state()
        .map(state -> max(state.expiresAt(), state.lastRunAt().plus(every)))
        .orElse(clock.instant());
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
