package news.broadsheet.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How many comments one client may post a minute (a token bucket per client key, e.g. its IP
 * address). Shared by every way of posting, so the HTML form and the JSON API draw on one
 * allowance. A limit of 0 lets everything through.
 */
final class PostRateLimiter {

  private final int perMinute;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(2)).maximumSize(100_000).build();

  PostRateLimiter(int perMinute) {
    this.perMinute = perMinute;
  }

  /**
   * Takes one post from the client's allowance.
   *
   * @return 0 when the post may go ahead, otherwise the whole seconds to wait before trying again
   */
  long tryPost(String clientKey) {
    if (perMinute == 0) {
      return 0;
    }
    ConsumptionProbe probe = buckets.get(clientKey, key -> newBucket()).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return 0;
    }
    return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
        .build();
  }
}
