package news.broadsheet.web.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Collections;
import news.broadsheet.web.page.AccessLog;
import news.broadsheet.web.page.WebMetrics;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * What the server does around every request: the client's address behind trusted proxies, the
 * access log with request metrics, HEAD answered as GET, and a graceful stop; and the
 * measurements at {@code /metrics}.
 */
final class Operations {

  /** How long a stopping server lets requests in flight finish. */
  static final long STOP_TIMEOUT_MILLIS = 30_000;
  /**
   * How long a stopping server waits on a request in flight whose client has gone quiet; idle
   * connections close at once ({@link IdleConnections}).
   */
  static final long STOP_IDLE_TIMEOUT_MILLIS = 5_000;

  static final String METRICS_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final TrustedProxies proxies;
  private final WebMetrics metrics;
  private final AccessLog accessLog;
  private final MetricsAccess metricsAccess;
  private final boolean https;

  Operations(WebSettings settings, WebMetrics metrics, AccessLog accessLog) {
    this.proxies = TrustedProxies.of(settings.trustedProxies());
    this.metrics = metrics;
    this.accessLog = accessLog;
    this.metricsAccess = settings.metrics();
    this.https = settings.publicOverHttps();
  }

  void configure(JavalinConfig config) {
    if (!proxies.isEmpty()) {
      config.contextResolver.ip =
          ctx -> proxies.client(ctx.req().getRemoteAddr(), Collections.list(ctx.req().getHeaders(TrustedProxies.HEADER)));
    }
    config.contextResolver.scheme =
        ctx -> proxies.scheme(ctx.req().getRemoteAddr(), ctx.req().getHeader(TrustedProxies.PROTO_HEADER), ctx.req().getScheme());
    config.requestLogger.http(accessLog::log);
    config.jetty.modifyServer(
        server -> {
          GracefulHandler graceful = new GracefulHandler();
          graceful.setShutdownIdleTimeout(STOP_IDLE_TIMEOUT_MILLIS);
          server.insertHandler(graceful);
          server.insertHandler(new IdleConnections());
          server.insertHandler(new HeadRequests());
          server.insertHandler(new SecurityHeaders(https));
          server.setStopTimeout(STOP_TIMEOUT_MILLIS);
        });
  }

  /** The measurements, to holders of the token; on this port to nobody else (the metrics port is apart). */
  void metrics(Context ctx) {
    if (metricsAccess.token() == null) {
      throw new NotFoundResponse("not served here");
    }
    if (!metricsAccess.tokenMatches(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"metrics\"");
      ctx.status(401).contentType("text/plain; charset=utf-8").result("The metrics need the token: Authorization: Bearer TOKEN.");
      return;
    }
    ctx.contentType(METRICS_TYPE).result(metrics.scrape());
  }

  /** Serves /metrics on its own port when one is set; null otherwise. */
  MetricsServer startMetricsServer(String host) {
    return metricsAccess.port() == 0 ? null : MetricsServer.start(host, metricsAccess, metrics::scrape);
  }
}
