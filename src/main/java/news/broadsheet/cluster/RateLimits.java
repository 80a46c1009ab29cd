package news.broadsheet.cluster;

import java.time.Clock;
import java.util.OptionalLong;
import news.broadsheet.storage.Database;

/**
 * Counts what clients do against {@link RateLimit}s: in this process's memory when it is the only
 * node (SQLite), or in the database, so that a client spread over the nodes sharing a PostgreSQL
 * database gets each limit once, not once per node.
 */
public interface RateLimits {

  /** Takes one allowance of the key; empty when allowed, else the whole seconds to wait (at least 1). */
  OptionalLong take(RateLimit limit, String key);

  /** Gives back an allowance taken for something that could not be done after all. */
  void giveBack(RateLimit limit, String key);

  /** Forgets what the key has used: its whole allowance is there again. */
  void forget(RateLimit limit, String key);

  /** Forgets every key whose whole allowance is there again (they hold nothing); how many. */
  int purge();

  /** Counters in memory on SQLite, in the database on PostgreSQL. */
  static RateLimits forDatabase(Database database, Clock clock) {
    return database.isSqlite() ? new LocalRateLimits(clock) : new SharedRateLimits(database, new RateLimitStore(), clock);
  }

  /** Whole seconds, at least one, for a wait in milliseconds. */
  static long seconds(long millis) {
    return Math.max(1, (millis + 999) / 1000);
  }
}
