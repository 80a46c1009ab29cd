package news.broadsheet.web.api;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.cluster.RateLimits;
import news.broadsheet.web.page.ClientLimits;
import news.broadsheet.web.page.PostRateLimiter;

/**
 * How many live streams one client address, and every client together, may hold open, and how
 * often a client may open one: a stream beyond any of these is refused before it starts (429 for the client, 503 for the server, both with
 * {@code Retry-After}), and a stream's place is freed once as it ends.
 */
final class StreamLimits {

  static final long RETRY_AFTER_SECONDS = 30;
  /** Streams one client address may open a minute (at least twice its share): each new one costs a replay. */
  static final int OPENS_PER_MINUTE = 60;

  private final int perClient;
  private final int total;
  private final Map<String, Integer> byClient = new ConcurrentHashMap<>();
  private final AtomicInteger open = new AtomicInteger();
  private final PostRateLimiter opens;

  StreamLimits(ClientLimits limits, RateLimits rateLimits) {
    this.perClient = limits.liveStreamsPerClient();
    this.total = limits.liveStreams();
    this.opens = new PostRateLimiter(rateLimits, "stream-open", Math.max(OPENS_PER_MINUTE, 2 * perClient), Duration.ofMinutes(1));
  }

  /**
   * Takes a place for one more stream of the client.
   *
   * @return what frees the place (once, however often it runs)
   * @throws ApiProblem when the client, or the server, holds as many streams as it may
   */
  Runnable admit(String client) {
    opens.secondsToWait(client).ifPresent(seconds -> {
      throw ApiProblem.busy(429, "too_many_streams",
          "This connection opens live streams too often; try again in " + seconds + " s.", seconds);
    });
    boolean[] refused = new boolean[1];
    byClient.compute(client, (key, held) -> {
      int now = held == null ? 1 : held + 1;
      refused[0] = now > perClient;
      return refused[0] ? held : Integer.valueOf(now);
    });
    if (refused[0]) {
      throw ApiProblem.busy(429, "too_many_streams",
          "This connection holds " + perClient + " live streams already, the most one may; close one first.", RETRY_AFTER_SECONDS);
    }
    if (open.incrementAndGet() > total) {
      release(client);
      throw ApiProblem.busy(503, "too_many_streams",
          "The server holds as many live streams as it can; try again in " + RETRY_AFTER_SECONDS + " s.", RETRY_AFTER_SECONDS);
    }
    AtomicBoolean freed = new AtomicBoolean();
    return () -> {
      if (freed.compareAndSet(false, true)) {
        release(client);
      }
    };
  }

  private void release(String client) {
    byClient.computeIfPresent(client, (key, held) -> held <= 1 ? null : held - 1);
    open.decrementAndGet();
  }
}
