package news.broadsheet.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import news.broadsheet.App;
import news.broadsheet.storage.Database;

/** The HTTP adapter: Javalin with Broadsheet's routes, over the services of {@link App}. */
public final class WebServer implements AutoCloseable {

  private final Javalin javalin;
  private final ReaderApi readerApi;

  private WebServer(Javalin javalin, ReaderApi readerApi) {
    this.javalin = javalin;
    this.readerApi = readerApi;
  }

  public static WebServer start(App app, WebSettings settings) {
    TemplateRenderer templates = new TemplateRenderer();
    StoryHandlers stories = new StoryHandlers(app.articles(), app.comments(), templates);
    Database database = app.database();
    ReaderApi readerApi = new ReaderApi(app, settings);
    Javalin javalin =
        Javalin.create(
            config -> {
              config.staticFiles.add("/public", Location.CLASSPATH);
              config.startup.showJavalinBanner = false;
              readerApi.configure(config);
              Routes.registerReaderApi(config.routes, readerApi);
              Routes.register(config.routes, stories, database, templates);
            });
    try {
      javalin.start(settings.host(), settings.port());
    } catch (RuntimeException cannotStart) {
      readerApi.close();
      throw cannotStart;
    }
    return new WebServer(javalin, readerApi);
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
