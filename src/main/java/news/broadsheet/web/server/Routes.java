package news.broadsheet.web.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.storage.ChangeFeed;
import news.broadsheet.storage.Database;
import news.broadsheet.web.api.ApiProblem;
import news.broadsheet.web.api.ReaderApi;
import news.broadsheet.web.reader.ReaderSite;
import news.broadsheet.web.staff.StaffRoute;

/** Every route of the site, in one place. */
final class Routes {

  private Routes() {}

  static void register(RoutesConfig routes, ReaderSite site, ErrorMapping errors, Database database) {
    routes.get("/", site.listings()::front);
    routes.get("/archive", site.listings()::archive);
    routes.get("/archive/{period}", site.listings()::archivePeriod);
    routes.get("/sources", site.listings()::sources);
    routes.get("/sources/{source}", site.listings()::source);
    routes.get("/sections/{slug}", site.topics()::section);
    routes.get("/tags/{slug}", site.topics()::tag);
    routes.get("/authors/{slug}", site.topics()::author);
    routes.get("/corrections", site.topics()::corrections);
    routes.get("/media/{key}/{file}", site.media()::image);
    routes.get("/search", site.search()::page);
    routes.get("/opensearch.xml", site.search()::openSearch);

    routes.get("/news/{id}", site.stories()::storyWithoutSlug);
    routes.get("/news/{id}/{slug}", site.stories()::story);
    routes.get("/news/{id}/{slug}/comments/{commentId}", site.stories()::permalink);
    routes.get("/news/{id}/{slug}/comments/{commentId}/reply", site.stories()::replyForm);
    routes.post("/news/{id}/comments", site.comments()::post);
    routes.post("/news/{id}/comments/{commentId}/recommend", site.comments()::recommend);

    routes.get("/healthz", ctx -> health(ctx, database));
    errors.register(routes);
  }

  /**
   * 200 while the database answers, 503 when it does not: what a load balancer needs. The text
   * adds the change feed's state when this node may miss other nodes' changes (its pages are then
   * rendered afresh for every request, so the node still serves correctly).
   */
  private static void health(Context ctx, Database database) {
    if (!database.isReachable()) {
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE).result("database unreachable");
      return;
    }
    ChangeFeed.Status feed = database.changes().status();
    ctx.result(feed.state().isCurrent() ? "ok" : "ok; change feed " + feed.describe());
  }

  /** Login, sign-up, logout and every staff page (the desk's and the dashboard's too), each behind the staff guard. */
  static void registerStaff(RoutesConfig routes, StaffRoute.StaffHandlers staff, List<StaffRoute> more) {
    routes.get("/login", staff.login()::form);
    routes.post("/login", staff.login()::logIn);
    routes.get("/signup", staff.signUp()::form);
    routes.post("/signup", staff.signUp()::signUp);
    routes.post("/logout", staff.login()::logOut);
    List<StaffRoute> all = new ArrayList<>(more);
    all.addAll(StaffRoute.all(staff));
    for (StaffRoute route : all) {
      var guarded = staff.guard().require(route.permission(), route.handler());
      if (route.method().equals("GET")) {
        routes.get(route.path(), guarded);
      } else {
        routes.post(route.path(), guarded);
      }
    }
  }

  /**
   * The JSON API, its live streams, the feeds and the metrics. Registered before {@link
   * #register}: the first route that matches answers, and {@code /news/{id}/comments.atom} must
   * win over {@code /news/{id}/{slug}}.
   */
  static void registerReaderApi(RoutesConfig routes, ReaderApi api, Operations operations) {
    routes.exception(ApiProblem.class, (problem, ctx) -> problem.respond(ctx));
    routes.get("/api/v1/openapi.json", api::openApi);
    routes.get("/api/v1/articles", api.articles()::list);
    routes.get("/api/v1/articles/{id}", api.articles()::one);
    routes.get("/api/v1/articles/{id}/comments", api.comments()::list);
    routes.post("/api/v1/articles/{id}/comments", api.comments()::post);
    routes.get("/api/v1/articles/{id}/comments/stream", api.stream()::stream);
    routes.post("/api/v1/comments/{id}/recommend", api.comments()::recommend);
    routes.get("/api/v1/search", api.search()::search);
    routes.get("/feeds/latest.atom", api.feeds()::latest);
    routes.get("/feeds/sources/{source}.atom", api.feeds()::source);
    routes.get("/feeds/sections/{slug}.atom", api.feeds()::section);
    routes.get("/feeds/tags/{slug}.atom", api.feeds()::tag);
    routes.get("/feeds/authors/{slug}.atom", api.feeds()::author);
    routes.get("/sitemap.xml", api.sitemaps()::index);
    routes.get("/sitemaps/{file}", api.sitemaps()::sitemap);
    routes.get("/robots.txt", api.sitemaps()::robots);
    routes.get("/news/{id}/comments.atom", api.feeds()::comments);
    routes.post("/api/v1/desk/stories", api.desk()::create);
    routes.get("/api/v1/desk/stories/{id}", api.desk()::one);
    routes.put("/api/v1/desk/stories/{id}", api.desk()::replace);
    routes.post("/api/v1/desk/stories/{id}/submit", api.desk()::submit);
    routes.post("/api/v1/desk/stories/{id}/publish", api.desk()::publish);
    routes.post("/api/v1/desk/stories/{id}/unpublish", api.desk()::unpublish);
    routes.post("/api/v1/desk/stories/{id}/corrections", api.desk()::correct);
    routes.get("/api/v1/desk/stories/{id}/revisions", api.desk()::revisions);
    routes.get("/metrics", operations::metrics);
  }
}
