package news.broadsheet.web.server;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.App;
import news.broadsheet.web.api.LiveStreams;
import news.broadsheet.web.api.ReaderApi;
import news.broadsheet.web.page.AccessLog;
import news.broadsheet.web.page.CommentPosting;
import news.broadsheet.web.page.LoginSessions;
import news.broadsheet.web.page.PostRateLimiter;
import news.broadsheet.web.page.ReaderCookies;
import news.broadsheet.web.page.SiteAddress;
import news.broadsheet.web.page.SiteNavigation;
import news.broadsheet.web.page.SiteParts;
import news.broadsheet.web.page.TemplateRenderer;
import news.broadsheet.web.page.WebMetrics;
import news.broadsheet.web.reader.ReaderSite;
import news.broadsheet.web.reader.Readers;
import news.broadsheet.web.staff.StaffRoute;
import news.broadsheet.web.staff.desk.DeskRoutes;
import news.broadsheet.web.staff.insight.InsightRoutes;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP adapter: Javalin with Broadsheet's routes, over the services of {@link App}. It builds
 * each audience's handlers (the reader's site, the API, the staff area) from the parts they share.
 */
public final class WebServer implements AutoCloseable {

  /** Larger requests are refused with 413: a 5,000-character comment needs far less. */
  static final long MAX_REQUEST_BYTES = 64 * 1024;
  /**
   * Request threads at most. Live streams hold none, so this bounds only requests handled at
   * once; each thread's stack costs the process memory, and a burst of thousands of readers
   * opening streams otherwise grows the pool to Javalin's 250.
   */
  static final int MAX_THREADS = 100;
  /** Stylesheets and scripts: browsers may keep them an hour. */
  static final String STATIC_CACHING = "public, max-age=3600";
  /** The site's icon (/favicon.ico, /favicon.svg) changes seldom: browsers may keep it 30 days. */
  static final String ICON_CACHING = "public, max-age=2592000";

  /** The most an image upload may be, whatever the setting (which is at most this). */
  static final long MAX_UPLOAD_MB = 50;

  private final Javalin javalin;
  private final ReaderApi readerApi;

  private WebServer(Javalin javalin, ReaderApi readerApi) {
    this.javalin = javalin;
    this.readerApi = readerApi;
  }

  public static WebServer start(App app, WebSettings settings) {
    return start(app, settings, true);
  }

  /** As {@link #start(App, WebSettings)}; without access-log lines for a server no reader uses. */
  static WebServer start(App app, WebSettings settings, boolean accessLogLines) {
    SiteParts parts = parts(app, settings, accessLogLines);
    Readers readers = new Readers(parts.sessions(), app.posting(), app.accounts(), parts.cookies());
    ReaderApi readerApi = new ReaderApi(app, parts);
    ReaderSite site = ReaderSite.build(app, parts, readers, settings.pageCacheSeconds());
    StaffRoute.StaffHandlers staff = StaffRoute.StaffHandlers.build(app, parts);
    List<StaffRoute> deskAndInsight = new ArrayList<>(DeskRoutes.all(app, parts, staff.layout(), site.preview()));
    deskAndInsight.addAll(InsightRoutes.all(app, parts, staff.layout()));
    Operations operations = new Operations(settings, parts.metrics(), parts.accessLog());
    ErrorMapping errors = new ErrorMapping(app.articles(), site.listings(), parts.templates());
    StaticFiles staticFiles =
        StaticFiles.of(
            List.of(new StaticFiles.Folder("public", STATIC_CACHING), new StaticFiles.Folder("icons", ICON_CACHING)),
            parts.accessLog());
    Javalin javalin =
        Javalin.create(
            config -> {
              config.http.maxRequestSize = MAX_REQUEST_BYTES;
              config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_MB, SizeUnit.MB);
              config.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_MB + 2, SizeUnit.MB);
              config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
              config.jetty.threadPool = threadPool();
              config.startup.showJavalinBanner = false;
              config.jetty.modifyServletContextHandler(
                  context -> {
                    context.insertHandler(site.fastPath());
                    context.insertHandler(staticFiles);
                  });
              // Inside the graceful stop, outside the servlet: a held stream keeps no servlet objects.
              config.jetty.modifyServer(server -> server.insertHandler(readerApi.streamEntrance()));
              readerApi.configure(config);
              operations.configure(config);
              Routes.registerReaderApi(config.routes, readerApi, operations);
              Routes.registerStaff(config.routes, staff, deskAndInsight);
              Routes.register(config.routes, site, errors, app.database());
            });
    try {
      javalin.start(settings.host(), settings.port());
    } catch (RuntimeException cannotStart) {
      readerApi.close();
      throw cannotStart;
    }
    parts.address().listeningOn(javalin.port());
    parts.metrics().changeFeed(app.database().changes());
    app.startBackgroundWork();
    return new WebServer(javalin, readerApi);
  }

  private static QueuedThreadPool threadPool() {
    QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 8, 60_000);
    pool.setName("JettyServerThreadPool");
    return pool;
  }

  /** What the handlers of every audience share. */
  private static SiteParts parts(App app, WebSettings settings, boolean accessLogLines) {
    SiteAddress address = new SiteAddress(settings.publicUrl(), settings.host(), settings.port());
    WebMetrics metrics = new WebMetrics();
    LoginSessions sessions = new LoginSessions(app.accounts());
    PostRateLimiter limiter = new PostRateLimiter(app.rateLimits(), settings.postRateLimitPerMinute());
    return new SiteParts(
        address,
        new ReaderCookies(address),
        sessions,
        new TemplateRenderer(new SiteNavigation(app.desk().sections()::navigation)),
        metrics,
        accessLogLines ? new AccessLog(metrics) : AccessLog.measuringOnly(metrics),
        new CommentPosting(app.posting(), sessions, limiter, metrics));
  }

  public int port() {
    return javalin.port();
  }

  /** The routes registered, as "METHOD /path/{param}". */
  public List<String> routes() {
    return javalin.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint.method.name() + " " + parsed.endpoint.path)
        .toList();
  }

  /** The live comment streams open now. */
  public LiveStreams liveStreams() {
    return readerApi.streams();
  }

  /** Stops gracefully: live streams end, requests in flight finish, then the server stops. */
  @Override
  public void close() {
    readerApi.close();
    javalin.stop();
  }
}
