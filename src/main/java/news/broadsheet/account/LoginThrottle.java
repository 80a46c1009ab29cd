package news.broadsheet.account;

import java.time.Duration;
import java.util.OptionalLong;
import news.broadsheet.cluster.RateLimit;
import news.broadsheet.cluster.RateLimits;

/**
 * Limits login attempts by account and client together, so that nobody can lock an account's
 * owner out: a client gets a few attempts at one account ({@code perAccountAndClient}) and a few
 * more at all accounts together ({@code perClient}), and an account takes a limited number of
 * attempts from clients it has never logged in from ({@code perAccountFromNewClients}), which
 * slows guessing from many machines. A client the account has logged in from is held by its own
 * attempts alone. Sign-ups are limited per client alone. Counts are {@link RateLimits}: shared by
 * every node on PostgreSQL, so that a client spread over the nodes gets each limit once.
 */
final class LoginThrottle {

  private static final Duration WINDOW = Duration.ofMinutes(15);

  private final RateLimits limits;
  private final RateLimit perAccountAndClient;
  private final RateLimit perClient;
  private final RateLimit perAccountFromNewClients;

  private LoginThrottle(RateLimits limits, RateLimit perAccountAndClient, RateLimit perClient, RateLimit perAccountFromNewClients) {
    this.limits = limits;
    this.perAccountAndClient = perAccountAndClient;
    this.perClient = perClient;
    this.perAccountFromNewClients = perAccountFromNewClients;
  }

  /** Logins: attempts in 15 minutes at one account from one client, from one client, and at one account from new clients. */
  static LoginThrottle logins(RateLimits limits, int perAccountAndClient, int perClient, int perAccountFromNewClients) {
    return new LoginThrottle(
        limits,
        new RateLimit("login-account-client", perAccountAndClient, WINDOW),
        new RateLimit("login-client", perClient, WINDOW),
        new RateLimit("login-account-new-clients", perAccountFromNewClients, WINDOW));
  }

  /** Sign-ups: {@code perClient} attempts from one client in 15 minutes ({@link #attemptFromClient}). */
  static LoginThrottle signUps(RateLimits limits, int perClient) {
    RateLimit limit = new RateLimit("sign-up-client", perClient, WINDOW);
    return new LoginThrottle(limits, limit, limit, limit);
  }

  /**
   * Takes one attempt at an account; empty when allowed, else the seconds to wait.
   *
   * @param knownClient whether the account has logged in from this client before
   */
  OptionalLong attempt(String accountKey, String clientKey, boolean knownClient) {
    OptionalLong wait = OptionalLong.empty();
    if (clientKey != null) {
      wait = limits.take(perAccountAndClient, pair(accountKey, clientKey));
      if (wait.isEmpty()) {
        wait = limits.take(perClient, clientKey);
        if (wait.isPresent()) {
          limits.giveBack(perAccountAndClient, pair(accountKey, clientKey)); // not attempted after all
        }
      }
    }
    if (wait.isEmpty() && !knownClient) {
      wait = limits.take(perAccountFromNewClients, accountKey);
      if (wait.isPresent() && clientKey != null) {
        limits.giveBack(perAccountAndClient, pair(accountKey, clientKey));
        limits.giveBack(perClient, clientKey);
      }
    }
    return wait;
  }

  /** Gives back an allowed attempt that could not be made (the server was busy). */
  void giveBack(String accountKey, String clientKey, boolean knownClient) {
    if (clientKey != null) {
      limits.giveBack(perAccountAndClient, pair(accountKey, clientKey));
      limits.giveBack(perClient, clientKey);
    }
    if (!knownClient) {
      limits.giveBack(perAccountFromNewClients, accountKey);
    }
  }

  /** After the right password: the client's wrong guesses at this account are forgiven. */
  void succeeded(String accountKey, String clientKey) {
    if (clientKey != null) {
      limits.forget(perAccountAndClient, pair(accountKey, clientKey));
    }
  }

  /** Takes one attempt of a client, whatever the account; empty when allowed, else the seconds to wait. */
  OptionalLong attemptFromClient(String clientKey) {
    return clientKey == null ? OptionalLong.empty() : limits.take(perClient, clientKey);
  }

  private static String pair(String accountKey, String clientKey) {
    return clientKey + "\n" + accountKey;
  }
}
