package news.broadsheet.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.OptionalLong;
import news.broadsheet.storage.Database;

/**
 * {@link RateLimits} counted in the database, so that every node sharing it counts together. Each
 * key is one row holding the instant its bucket is full again (the generic cell rate algorithm,
 * which is a token bucket kept in one number): taking an allowance is one statement that moves
 * that instant on by one allowance's refill time unless it is already too far ahead. Keys are
 * stored as digests, so the table holds no client addresses or account names.
 *
 * <p>The statement commits without waiting for the disk (PostgreSQL's {@code synchronous_commit}
 * off for its transaction): a crash may forget the last fraction of a second of counting, which
 * lets a client a few more attempts; waiting for the disk on every post or login would cost more
 * than the limit is worth.
 */
final class SharedRateLimits implements RateLimits {

  private final Database database;
  private final RateLimitStore store;
  private final Clock clock;

  SharedRateLimits(Database database, RateLimitStore store, Clock clock) {
    this.database = database;
    this.store = store;
    this.clock = clock;
  }

  @Override
  public OptionalLong take(RateLimit limit, String key) {
    String stored = keyOf(limit, key);
    long now = micros(clock.instant());
    boolean allowed =
        database.inTransactionAlone(
            handle -> {
              if (!database.isSqlite()) {
                store.commitWithoutWaitingForTheDisk(handle);
              }
              return store.take(handle, stored, now, limit.refillMicros(), limit.toleranceMicros());
            });
    if (allowed) {
      return OptionalLong.empty();
    }
    long fullAt = database.read(handle -> store.fullAt(handle, stored)).orElse(now);
    return OptionalLong.of(RateLimits.seconds((fullAt - now - limit.toleranceMicros() + 999) / 1_000));
  }

  @Override
  public void giveBack(RateLimit limit, String key) {
    database.inTransactionAlone(handle -> store.giveBack(handle, keyOf(limit, key), limit.refillMicros()));
  }

  @Override
  public void forget(RateLimit limit, String key) {
    database.inTransactionAlone(handle -> store.forget(handle, keyOf(limit, key)));
  }

  @Override
  public int purge() {
    long now = micros(clock.instant());
    return database.inTransactionAlone(handle -> store.purgeFullBefore(handle, now));
  }

  private static long micros(Instant instant) {
    return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
  }

  static String keyOf(RateLimit limit, String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return limit.name() + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("every Java runtime has SHA-256", missing);
    }
  }
}
