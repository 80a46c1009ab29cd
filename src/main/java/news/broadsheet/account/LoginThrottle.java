package news.broadsheet.account;

import java.time.Duration;
import java.util.OptionalLong;
import news.broadsheet.cluster.RateLimit;
import news.broadsheet.cluster.RateLimits;

/**
 * Limits login attempts per account and per client, so that guessing passwords is slow from one
 * machine and slow against one account from many; sign-ups are limited per client alone. Counts
 * are {@link RateLimits}: shared by every node on PostgreSQL, so that a client spread over the
 * nodes gets each limit once.
 */
final class LoginThrottle {

  private static final Duration WINDOW = Duration.ofMinutes(15);
  private final RateLimits limits;
  private final RateLimit perAccount;
  private final RateLimit perClient;

  private LoginThrottle(RateLimits limits, RateLimit perAccount, RateLimit perClient) {
    this.limits = limits;
    this.perAccount = perAccount;
    this.perClient = perClient;
  }

  /** Logins: {@code perAccount} attempts at one account and {@code perClient} from one client in 15 minutes. */
  static LoginThrottle logins(RateLimits limits, int perAccount, int perClient) {
    return new LoginThrottle(
        limits, new RateLimit("login-account", perAccount, WINDOW), new RateLimit("login-client", perClient, WINDOW));
  }

  /** Sign-ups: {@code perClient} attempts from one client in 15 minutes. */
  static LoginThrottle signUps(RateLimits limits, int perClient) {
    RateLimit limit = new RateLimit("sign-up-client", perClient, WINDOW);
    return new LoginThrottle(limits, limit, limit);
  }

  /** Takes one attempt; empty when allowed, else the seconds to wait. */
  OptionalLong attempt(String accountKey, String clientKey) {
    OptionalLong account = limits.take(perAccount, accountKey);
    if (account.isPresent()) {
      return account;
    }
    return attemptFromClient(clientKey);
  }

  /** Takes one attempt of a client, whatever the account; empty when allowed, else the seconds to wait. */
  OptionalLong attemptFromClient(String clientKey) {
    return clientKey == null ? OptionalLong.empty() : limits.take(perClient, clientKey);
  }
}
