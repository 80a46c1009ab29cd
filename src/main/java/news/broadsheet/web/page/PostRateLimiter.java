package news.broadsheet.web.page;

import java.time.Duration;
import java.util.OptionalLong;
import news.broadsheet.cluster.RateLimit;
import news.broadsheet.cluster.RateLimits;

/**
 * How fast one client may do something (post comments, recommend them, be issued reader keys): a
 * period's allowance per client address that refills steadily, counted by {@link RateLimits}
 * (across every node on PostgreSQL).
 */
public final class PostRateLimiter {

  private final RateLimits limits;
  private final RateLimit limit;

  /** @param perMinute posts a client may make a minute; 0 lets every post through */
  public PostRateLimiter(RateLimits limits, int perMinute) {
    this(limits, "post", perMinute, Duration.ofMinutes(1));
  }

  /**
   * @param name what is limited, unique among the limits ({@link RateLimit#name()})
   * @param perPeriod what a client may do in the period; 0 lets everything through
   */
  public PostRateLimiter(RateLimits limits, String name, int perPeriod, Duration period) {
    this.limits = limits;
    this.limit = perPeriod == 0 ? null : new RateLimit(name, perPeriod, period);
  }

  /** Takes one from the client's allowance; when none is left, the seconds until one is. */
  public OptionalLong secondsToWait(String client) {
    return limit == null ? OptionalLong.empty() : limits.take(limit, client);
  }
}
