package news.broadsheet.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Limits login attempts per account and per client, so that guessing passwords is slow from one
 * machine and slow against one account from many; sign-ups are limited per client alone. Counts
 * live in this node's memory.
 */
final class LoginThrottle {

  private static final Duration WINDOW = Duration.ofMinutes(15);
  private final int perAccount;
  private final int perClient;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(WINDOW).maximumSize(100_000).build();

  LoginThrottle(int perAccount, int perClient) {
    this.perAccount = perAccount;
    this.perClient = perClient;
  }

  /** Takes one attempt; empty when allowed, else the seconds to wait. */
  OptionalLong attempt(String accountKey, String clientKey) {
    OptionalLong account = take("account:" + accountKey, perAccount);
    if (account.isPresent()) {
      return account;
    }
    return attemptFromClient(clientKey);
  }

  /** Takes one attempt of a client, whatever the account; empty when allowed, else the seconds to wait. */
  OptionalLong attemptFromClient(String clientKey) {
    return clientKey == null ? OptionalLong.empty() : take("client:" + clientKey, perClient);
  }

  private OptionalLong take(String key, int capacity) {
    Bucket bucket =
        buckets.get(
            key,
            k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, WINDOW))
                .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? OptionalLong.empty()
        : OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()));
  }
}
