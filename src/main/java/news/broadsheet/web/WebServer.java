package news.broadsheet.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;
import news.broadsheet.App;

/** The HTTP adapter: Javalin with Broadsheet's routes, over the services of {@link App}. */
public final class WebServer implements AutoCloseable {

  /** Larger requests are refused with 413: a 5,000-character comment needs far less. */
  static final long MAX_REQUEST_BYTES = 64 * 1024;

  private final Javalin javalin;
  private final ReaderApi readerApi;

  private WebServer(Javalin javalin, ReaderApi readerApi) {
    this.javalin = javalin;
    this.readerApi = readerApi;
  }

  public static WebServer start(App app, WebSettings settings) {
    SiteAddress address = new SiteAddress(settings);
    ReaderCookies cookies = new ReaderCookies(address);
    LoginSessions sessions = new LoginSessions(app.accounts());
    Readers readers = new Readers(sessions, app.posting(), app.accounts(), cookies);
    ReaderApi readerApi = new ReaderApi(app, settings, readers);
    TemplateRenderer templates = new TemplateRenderer();
    StoryPages pages = new StoryPages(app.comments(), app.commentsPolicy(), app.clock(), address);
    SharedStoryPages shared =
        new SharedStoryPages(
            app.articles(), pages, new StoryPageCache(settings.pageCacheSeconds()), templates, readerApi.metrics);
    app.posting().addListener(comment -> shared.changed(comment.articleId()));
    app.posting().addRecommendationListener(comment -> shared.changed(comment.articleId()));
    app.storyChanges().addListener(shared::changed);
    Parts parts = new Parts(templates, cookies, readers, pages, shared, readerApi.postRateLimiter);
    Routes.Site site = site(app, address, parts);
    StaffRoute.StaffHandlers staff = staff(app, parts, sessions);
    Javalin javalin =
        Javalin.create(
            config -> {
              config.http.maxRequestSize = MAX_REQUEST_BYTES;
              config.staticFiles.add(
                  files -> {
                    files.directory = "/public";
                    files.location = Location.CLASSPATH;
                    files.headers = Map.of("Cache-Control", "public, max-age=3600");
                  });
              config.startup.showJavalinBanner = false;
              config.jetty.modifyServletContextHandler(context -> context.insertHandler(new StoryFastPath(shared, readers, readerApi.accessLog)));
              readerApi.configure(config);
              Routes.registerReaderApi(config.routes, readerApi);
              Routes.registerStaff(config.routes, staff);
              Routes.register(config.routes, site, app.database());
            });
    try {
      javalin.start(settings.host(), settings.port());
    } catch (RuntimeException cannotStart) {
      readerApi.close();
      throw cannotStart;
    }
    address.listeningOn(javalin.port());
    return new WebServer(javalin, readerApi);
  }

  /** What the handlers share. */
  private record Parts(
      TemplateRenderer templates,
      ReaderCookies cookies,
      Readers readers,
      StoryPages pages,
      SharedStoryPages shared,
      PostRateLimiter limiter) {}

  private static Routes.Site site(App app, SiteAddress address, Parts parts) {
    ListingHandlers listings =
        new ListingHandlers(app.articles(), app.comments(), app.storyIndex(), address, parts.templates());
    FormErrors errors =
        new FormErrors(app.articles(), app.comments(), parts.pages(), parts.cookies(), parts.readers(), parts.templates());
    return new Routes.Site(
        new StoryHandlers(
            app.articles(), app.comments(), parts.pages(), parts.shared(), parts.cookies(), parts.readers(), parts.templates()),
        new CommentHandlers(
            app.articles(),
            app.comments(),
            app.posting(),
            parts.cookies(),
            parts.readers(),
            parts.limiter(),
            errors),
        listings,
        new ErrorMapping(app.articles(), listings, parts.templates()));
  }

  private static StaffRoute.StaffHandlers staff(App app, Parts parts, LoginSessions sessions) {
    TemplateRenderer templates = parts.templates();
    ReaderCookies cookies = parts.cookies();
    ModerationViews views = new ModerationViews(app.articles(), app.moderation(), app.sanctions(), app.classifier());
    return new StaffRoute.StaffHandlers(
        new StaffGuard(sessions, cookies),
        new LoginHandlers(app.accounts(), sessions, cookies, templates),
        new SignUpHandlers(app.accounts(), sessions, cookies, templates),
        new ModerationHandlers(app.moderation(), app.sanctions(), views, cookies, templates),
        new AdminSettingsHandlers(app.settings(), app.words(), app.evaluation(), views, cookies, templates));
  }

  public int port() {
    return javalin.port();
  }

  /** The routes registered, as "METHOD /path/{param}", for tests of the API document. */
  List<String> routes() {
    return javalin.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint.method.name() + " " + parsed.endpoint.path)
        .toList();
  }

  CommentStreams liveStreams() {
    return readerApi.streams;
  }

  /** Stops gracefully: live streams end, requests in flight finish, then the server stops. */
  @Override
  public void close() {
    readerApi.close();
    javalin.stop();
  }
}
