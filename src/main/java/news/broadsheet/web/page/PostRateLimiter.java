package news.broadsheet.web.page;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * How fast one client may do something (post comments, recommend them, be issued reader keys): a
 * token bucket per client address that holds a period's allowance and refills steadily. Buckets
 * of clients not seen for a while are forgotten.
 */
public final class PostRateLimiter {

  private final int perPeriod;
  private final Duration period;
  private final Cache<String, Bucket> buckets;

  /** @param perMinute posts a client may make a minute; 0 lets every post through */
  public PostRateLimiter(int perMinute) {
    this(perMinute, Duration.ofMinutes(1));
  }

  /** @param perPeriod what a client may do in the period; 0 lets everything through */
  public PostRateLimiter(int perPeriod, Duration period) {
    this.perPeriod = perPeriod;
    this.period = period;
    this.buckets = Caffeine.newBuilder().expireAfterAccess(period.plusMinutes(10)).maximumSize(100_000).build();
  }

  /** Takes one from the client's allowance; when none is left, the seconds until one is. */
  public OptionalLong secondsToWait(String client) {
    if (perPeriod == 0) {
      return OptionalLong.empty();
    }
    Bucket bucket = buckets.get(client, key -> newBucket());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return OptionalLong.empty();
    }
    long nanos = probe.getNanosToWaitForRefill();
    return OptionalLong.of(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(perPeriod).refillGreedy(perPeriod, period).build())
        .build();
  }
}
