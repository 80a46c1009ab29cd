package news.broadsheet.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;
import news.broadsheet.storage.Database;

/** Every route of the site, in one place. */
final class Routes {

  private Routes() {}

  static void register(RoutesConfig routes, StoryHandlers stories, Database database, TemplateRenderer templates) {
    routes.get("/", stories::front);
    routes.get("/news/{id}", stories::story);
    routes.get("/news/{id}/{slug}", stories::story);
    routes.get(
        "/healthz",
        ctx -> {
          boolean up = database.isReachable();
          ctx.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).result(up ? "ok" : "database unreachable");
        });
    routes.error(HttpStatus.NOT_FOUND, ctx -> {
      if (!ctx.path().startsWith("/api/")) {
        templates.render(ctx, "notfound.jte", new NotFoundPage(ctx.path()));
        ctx.status(HttpStatus.NOT_FOUND);
      }
    });
  }
}
