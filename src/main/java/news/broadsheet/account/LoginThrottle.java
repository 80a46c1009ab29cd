package news.broadsheet.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Limits login attempts by account and client together, so that nobody can lock an account's
 * owner out: a client gets a few attempts at one account ({@code perAccountAndClient}) and a few
 * more at all accounts together ({@code perClient}), and an account takes a limited number of
 * attempts from clients it has never logged in from ({@code perAccountFromNewClients}), which
 * slows guessing from many machines. A client the account has logged in from is held by its own
 * attempts alone. Sign-ups are limited per client alone. Counts live in this node's memory.
 */
final class LoginThrottle {

  private static final Duration WINDOW = Duration.ofMinutes(15);
  private final int perAccountAndClient;
  private final int perClient;
  private final int perAccountFromNewClients;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(WINDOW).maximumSize(100_000).build();

  LoginThrottle(int perAccountAndClient, int perClient, int perAccountFromNewClients) {
    this.perAccountAndClient = perAccountAndClient;
    this.perClient = perClient;
    this.perAccountFromNewClients = perAccountFromNewClients;
  }

  /** A sign-up throttle: per client alone. */
  static LoginThrottle perClientOnly(int perClient) {
    return new LoginThrottle(perClient, perClient, perClient);
  }

  /**
   * Takes one attempt at an account; empty when allowed, else the seconds to wait.
   *
   * @param knownClient whether the account has logged in from this client before
   */
  OptionalLong attempt(String accountKey, String clientKey, boolean knownClient) {
    OptionalLong wait = OptionalLong.empty();
    if (clientKey != null) {
      wait = take(pair(accountKey, clientKey), perAccountAndClient);
      wait = wait.isPresent() ? wait : take("client:" + clientKey, perClient);
    }
    if (wait.isEmpty() && !knownClient) {
      wait = take("account:" + accountKey, perAccountFromNewClients);
    }
    return wait;
  }

  /** Gives back an allowed attempt that could not be made (the server was busy). */
  void giveBack(String accountKey, String clientKey, boolean knownClient) {
    if (clientKey != null) {
      refund(pair(accountKey, clientKey));
      refund("client:" + clientKey);
    }
    if (!knownClient) {
      refund("account:" + accountKey);
    }
  }

  /** After the right password: the client's wrong guesses at this account are forgiven. */
  void succeeded(String accountKey, String clientKey) {
    if (clientKey != null) {
      buckets.invalidate(pair(accountKey, clientKey));
    }
  }

  /** Takes one attempt of a client, whatever the account; empty when allowed, else the seconds to wait. */
  OptionalLong attemptFromClient(String clientKey) {
    return clientKey == null ? OptionalLong.empty() : take("client:" + clientKey, perClient);
  }

  private static String pair(String accountKey, String clientKey) {
    return "pair:" + clientKey + "\n" + accountKey;
  }

  private void refund(String key) {
    Bucket bucket = buckets.getIfPresent(key);
    if (bucket != null) {
      bucket.addTokens(1);
    }
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
