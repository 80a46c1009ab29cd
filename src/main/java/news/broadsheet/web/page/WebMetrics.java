package news.broadsheet.web.page;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.storage.ChangeFeed;

/**
 * The site's measurements, scraped in Prometheus text format at {@code /metrics}: requests by
 * route pattern and status with their latency, comments posted by the status they were stored
 * with, page cache hits and misses, open live streams, the change feed's delay and state, and the
 * JVM's memory and threads.
 */
public final class WebMetrics {

  private static final Duration[] LATENCY_BUCKETS = {
    Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
    Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
    Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5)
  };

  private static final Duration[] FEED_DELAY_BUCKETS = {
    Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
    Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
    Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5)
  };

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final ConcurrentMap<RequestKind, Timer> timers = new ConcurrentHashMap<>();
  private final Counter cacheHits = cacheCounter("hit");
  private final Counter cacheMisses = cacheCounter("miss");

  public WebMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    for (CommentStatus status : CommentStatus.values()) {
      postedCounter(status); // every status shows, at 0 until the first such comment
    }
  }

  /** One request answered; {@code route} is the pattern that matched, never the raw path. */
  void request(String method, String route, int status, long nanos) {
    timers.computeIfAbsent(new RequestKind(method, route, status), this::timer).record(nanos, TimeUnit.NANOSECONDS);
  }

  /** Registered once per kind: building and registering a timer per request cost more than the request. */
  private Timer timer(RequestKind kind) {
    return Timer.builder("http.server.requests")
        .description("HTTP requests by method, route pattern and status")
        .tag("method", kind.method())
        .tag("route", kind.route())
        .tag("status", Integer.toString(kind.status()))
        .serviceLevelObjectives(LATENCY_BUCKETS)
        .register(registry);
  }

  private record RequestKind(String method, String route, int status) {}

  /** One comment stored, with the status screening gave it. */
  public void commentPosted(CommentStatus status) {
    postedCounter(status).increment();
  }

  /** For a page cache: a page served from it. */
  public void pageCacheHit() {
    cacheHits.increment();
  }

  /** For a page cache: a page that had to be rendered. */
  public void pageCacheMiss() {
    cacheMisses.increment();
  }

  /**
   * Measures the change feed: how long each change made on another node took to arrive here (from
   * its announcement, by the two nodes' clocks), and whether this node hears every change now.
   */
  public void changeFeed(ChangeFeed feed) {
    Timer delays =
        Timer.builder("broadsheet.change.feed.delay")
            .description("Time from a change's announcement on another node to its arrival here")
            .serviceLevelObjectives(FEED_DELAY_BUCKETS)
            .register(registry);
    feed.onDelay(millis -> delays.record(millis, TimeUnit.MILLISECONDS));
    gauge("broadsheet.change.feed.current", "1 while this node hears every change committed to the database, else 0",
        () -> feed.state().isCurrent() ? 1 : 0);
  }

  public void gauge(String name, String description, IntSupplier value) {
    Gauge.builder(name, value, IntSupplier::getAsInt).description(description).strongReference(true).register(registry);
  }

  /** Every measurement in the Prometheus text exposition format. */
  public String scrape() {
    return registry.scrape();
  }

  private Counter postedCounter(CommentStatus status) {
    return Counter.builder("broadsheet.comments.posted")
        .description("Comments posted by readers, by the status they were stored with")
        .tag("status", status.code())
        .register(registry);
  }

  private Counter cacheCounter(String result) {
    return Counter.builder("broadsheet.page.cache")
        .description("Page cache lookups by result (hit or miss)")
        .tag("result", result)
        .register(registry);
  }
}
