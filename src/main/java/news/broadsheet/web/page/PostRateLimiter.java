package news.broadsheet.web.page;

import java.time.Duration;
import java.util.OptionalLong;
import news.broadsheet.cluster.RateLimit;
import news.broadsheet.cluster.RateLimits;

/**
 * How fast one client may post comments: a minute's allowance per client address that refills
 * steadily, counted by {@link RateLimits} (across every node on PostgreSQL).
 */
public final class PostRateLimiter {

  private final RateLimits limits;
  private final RateLimit limit;

  /** @param perMinute posts a client may make a minute; 0 lets every post through */
  public PostRateLimiter(RateLimits limits, int perMinute) {
    this.limits = limits;
    this.limit = perMinute == 0 ? null : new RateLimit("post", perMinute, Duration.ofMinutes(1));
  }

  /** Takes one post from the client's allowance; when none is left, the seconds until one is. */
  public OptionalLong secondsToWait(String client) {
    return limit == null ? OptionalLong.empty() : limits.take(limit, client);
  }
}
