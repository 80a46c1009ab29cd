package news.broadsheet.web;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every request: one access-log line (method, path, status, milliseconds) on the logger
 * {@code news.broadsheet.access}, and the request's measurement by route pattern.
 */
final class AccessLog {

  private static final Logger LOG = LoggerFactory.getLogger("news.broadsheet.access");

  private final WebMetrics metrics;

  AccessLog(WebMetrics metrics) {
    this.metrics = metrics;
  }

  void log(Context ctx, Float millis) {
    int status = ctx.statusCode();
    String method = ctx.method().name();
    float ms = millis == null ? 0f : millis;
    metrics.request(method, route(ctx, status), status, (long) (ms * 1_000_000L));
    if (LOG.isInfoEnabled()) {
      LOG.info(String.format(Locale.ROOT, "%s %s %d %.1f ms", method, ctx.path(), status, ms));
    }
  }

  /** The route pattern that answered; static files and unmatched paths are grouped, never raw. */
  private static String route(Context ctx, int status) {
    Endpoint endpoint = matched(ctx);
    if (endpoint != null) {
      return endpoint.path;
    }
    return status == 404 ? "unmatched" : "static";
  }

  private static Endpoint matched(Context ctx) {
    try {
      return ctx.endpoints().matchedHttpEndpoint();
    } catch (RuntimeException none) {
      return null;
    }
  }
}
