package news.broadsheet.cluster;

import java.time.Duration;
import java.util.Objects;

/**
 * How often something may happen per key (a client, an account): at most {@code capacity} times
 * in a row, then once every {@code period / capacity} as the allowance refills; a token bucket of
 * {@code capacity} tokens refilled steadily over {@code period}.
 *
 * @param name what is limited ("post", "login-client"), unique among the limits: keys of two
 *     limits never meet
 */
public record RateLimit(String name, int capacity, Duration period) {

  public RateLimit {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[a-z0-9-]{1,40}")) {
      throw new IllegalArgumentException("a limit's name has 1 to 40 of a-z, 0-9 and -, not " + name);
    }
    if (capacity < 1) {
      throw new IllegalArgumentException("a limit allows at least 1, not " + capacity);
    }
    if (period == null || micros(period) < capacity) {
      throw new IllegalArgumentException("a limit's period has at least a microsecond per allowance: " + period);
    }
  }

  /** The time one allowance takes to refill, in microseconds. */
  long refillMicros() {
    return micros(period) / capacity;
  }

  /** How far ahead of now the bucket's "full again" instant may be while one allowance is left, in microseconds. */
  long toleranceMicros() {
    return refillMicros() * (capacity - 1);
  }

  private static long micros(Duration duration) {
    return duration.toNanos() / 1_000;
  }
}
