package news.broadsheet.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;
import news.broadsheet.storage.Database;

/** Every route of the site, in one place. */
final class Routes {

  private Routes() {}

  /** The handlers of the reader's site. */
  record Site(StoryHandlers stories, CommentHandlers comments, ListingHandlers listings, ErrorMapping errors) {}

  static void register(RoutesConfig routes, Site site, Database database) {
    routes.get("/", site.listings()::front);
    routes.get("/archive", site.listings()::archive);
    routes.get("/archive/{period}", site.listings()::archivePeriod);
    routes.get("/sources", site.listings()::sources);
    routes.get("/sources/{source}", site.listings()::source);

    routes.get("/news/{id}", site.stories()::storyWithoutSlug);
    routes.get("/news/{id}/{slug}", site.stories()::story);
    routes.get("/news/{id}/{slug}/comments/{commentId}", site.stories()::permalink);
    routes.get("/news/{id}/{slug}/comments/{commentId}/reply", site.stories()::replyForm);
    routes.post("/news/{id}/comments", site.comments()::post);
    routes.post("/news/{id}/comments/{commentId}/recommend", site.comments()::recommend);

    routes.get(
        "/healthz",
        ctx -> {
          boolean up = database.isReachable();
          ctx.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).result(up ? "ok" : "database unreachable");
        });
    site.errors().register(routes);
  }
}
