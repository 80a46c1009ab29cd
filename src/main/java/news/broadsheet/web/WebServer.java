package news.broadsheet.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import news.broadsheet.App;
import news.broadsheet.storage.Database;

/** The HTTP adapter: Javalin with Broadsheet's routes, over the services of {@link App}. */
public final class WebServer implements AutoCloseable {

  private final Javalin javalin;

  private WebServer(Javalin javalin) {
    this.javalin = javalin;
  }

  public static WebServer start(App app, WebSettings settings) {
    TemplateRenderer templates = new TemplateRenderer();
    StoryHandlers stories = new StoryHandlers(app.articles(), app.comments(), templates);
    Database database = app.database();
    Javalin javalin =
        Javalin.create(
            config -> {
              config.staticFiles.add("/public", Location.CLASSPATH);
              config.startup.showJavalinBanner = false;
              Routes.register(config.routes, stories, database, templates);
            });
    javalin.start(settings.host(), settings.port());
    return new WebServer(javalin);
  }

  public int port() {
    return javalin.port();
  }

  @Override
  public void close() {
    javalin.stop();
  }
}
