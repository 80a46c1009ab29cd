package news.broadsheet.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import news.broadsheet.App;
import news.broadsheet.article.CommentsPolicy;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The machine-facing half of the site, built from {@link App}: the JSON API with its live
 * comment streams, the Atom feeds, and the operations endpoints (metrics, access log, graceful
 * stop). {@link Routes#registerReaderApi} maps the routes to its handlers.
 */
final class ReaderApi implements AutoCloseable {

  /** How long a stopping server lets requests in flight finish. */
  static final long STOP_TIMEOUT_MILLIS = 30_000;
  /**
   * How long a stopping server waits on a request in flight whose client has gone quiet; idle
   * connections close at once ({@link IdleConnections}).
   */
  static final long STOP_IDLE_TIMEOUT_MILLIS = 5_000;

  final ObjectMapper mapper = ApiJson.mapper();
  final WebMetrics metrics = new WebMetrics();
  final AccessLog accessLog = new AccessLog(metrics);
  final PostRateLimiter postRateLimiter;
  final CommentStreams streams;
  final ApiArticleHandlers articles;
  final ApiCommentHandlers comments;
  final CommentStreamHandler stream;
  final FeedHandlers feeds;
  private final TrustedProxies proxies;
  private final byte[] openApi = resource("/api/openapi.json");

  ReaderApi(App app, WebSettings settings, Readers readers) {
    this.proxies = TrustedProxies.of(settings.trustedProxies());
    this.postRateLimiter = new PostRateLimiter(settings.postRateLimitPerMinute());
    this.streams = new CommentStreams(app.comments(), new CommentEvents(mapper));
    app.posting().addListener(streams);
    metrics.gauge("broadsheet.live.streams", "Open live comment streams", streams::openStreams);
    CommentsPolicy policy = app.commentsPolicy();
    this.articles = new ApiArticleHandlers(app.articles(), app.comments(), policy, app.clock());
    ArticleZones zones = new ArticleZones(app.articles());
    this.comments = new ApiCommentHandlers(app.comments(), app.posting(), readers, zones, postRateLimiter, metrics, mapper);
    this.stream = new CommentStreamHandler(app.articles(), streams);
    this.feeds = new FeedHandlers(app.articles(), app.comments());
  }

  /**
   * JSON mapping, the client's address behind trusted proxies, the access log with request
   * metrics, and a graceful stop.
   */
  void configure(JavalinConfig config) {
    config.jsonMapper(new JavalinJackson(mapper, false));
    if (!proxies.isEmpty()) {
      config.contextResolver.ip =
          ctx -> proxies.client(ctx.req().getRemoteAddr(), Collections.list(ctx.req().getHeaders(TrustedProxies.HEADER)));
    }
    config.requestLogger.http(accessLog::log);
    config.jetty.modifyServer(
        server -> {
          GracefulHandler graceful = new GracefulHandler();
          graceful.setShutdownIdleTimeout(STOP_IDLE_TIMEOUT_MILLIS);
          server.insertHandler(graceful);
          server.insertHandler(new IdleConnections());
          server.insertHandler(new HeadRequests());
          server.setStopTimeout(STOP_TIMEOUT_MILLIS);
        });
  }

  void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }

  void metrics(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }

  /** Ends the live streams, so that a stopping server need not wait for them. */
  @Override
  public void close() {
    streams.close();
  }

  private static byte[] resource(String name) {
    try (InputStream in = ReaderApi.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
