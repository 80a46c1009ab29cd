package news.broadsheet.cluster;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * {@link RateLimits} in this process's memory: a token bucket per limit and key, forgotten after
 * a period unused (it is full again by then) and when there are too many.
 */
final class LocalRateLimits implements RateLimits {

  private static final int MAX_KEYS = 100_000;

  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(1, TimeUnit.HOURS).maximumSize(MAX_KEYS).build();
  private final TimeMeter time;

  LocalRateLimits(Clock clock) {
    this.time =
        new TimeMeter() {
          @Override
          public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
          }

          @Override
          public boolean isWallClockBased() {
            return true;
          }
        };
  }

  @Override
  public OptionalLong take(RateLimit limit, String key) {
    ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? OptionalLong.empty()
        : OptionalLong.of(RateLimits.seconds(TimeUnit.NANOSECONDS.toMillis(probe.getNanosToWaitForRefill())));
  }

  @Override
  public void giveBack(RateLimit limit, String key) {
    Bucket bucket = buckets.getIfPresent(keyOf(limit, key));
    if (bucket != null) {
      bucket.addTokens(1);
    }
  }

  @Override
  public void forget(RateLimit limit, String key) {
    buckets.invalidate(keyOf(limit, key));
  }

  /** Full buckets are forgotten by the cache as they go unused; this does the cache's pending work now. */
  @Override
  public int purge() {
    buckets.cleanUp();
    return 0;
  }

  private Bucket bucket(RateLimit limit, String key) {
    return buckets.get(
        keyOf(limit, key),
        k -> Bucket.builder()
            .addLimit(bandwidth -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
            .withCustomTimePrecision(time)
            .build());
  }

  private static String keyOf(RateLimit limit, String key) {
    return limit.name() + "\n" + key;
  }
}
