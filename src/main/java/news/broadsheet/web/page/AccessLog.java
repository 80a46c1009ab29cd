package news.broadsheet.web.page;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every request: one access-log line (method, path, status, milliseconds) on the logger
 * {@code news.broadsheet.access}, and the request's measurement by route pattern.
 */
public final class AccessLog {

  private static final Logger LOG = LoggerFactory.getLogger("news.broadsheet.access");

  private final WebMetrics metrics;
  private final boolean writesLines;

  public AccessLog(WebMetrics metrics) {
    this(metrics, true);
  }

  private AccessLog(WebMetrics metrics, boolean writesLines) {
    this.metrics = metrics;
    this.writesLines = writesLines;
  }

  /** Measures requests but writes no lines: for a server no reader uses (a warm-up's). */
  public static AccessLog measuringOnly(WebMetrics metrics) {
    return new AccessLog(metrics, false);
  }

  public void log(Context ctx, Float millis) {
    int status = ctx.statusCode();
    float ms = millis == null ? 0f : millis;
    log(ctx.method().name(), ctx.path(), route(ctx, status), status, (long) (ms * 1_000_000L));
  }

  /** The same for a request answered before the router, such as a cached story page. */
  public void log(String method, String path, String route, int status, long nanos) {
    metrics.request(method, route, status, nanos);
    if (writesLines && LOG.isInfoEnabled()) {
      long tenths = Math.round(nanos / 100_000.0); // milliseconds to one decimal, as %.1f rounds
      LOG.info(method + ' ' + path + ' ' + status + ' ' + tenths / 10 + '.' + tenths % 10 + " ms");
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
