package news.broadsheet.web.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import news.broadsheet.article.ArticleService;
import news.broadsheet.desk.DeskException;
import news.broadsheet.comment.InvalidCommentException;
import news.broadsheet.storage.Database;
import news.broadsheet.storage.DatabaseUnavailableException;
import news.broadsheet.web.api.ApiProblem;
import news.broadsheet.web.page.ErrorStatus;
import news.broadsheet.web.page.PageMeta;
import news.broadsheet.web.page.ProblemResponse;
import news.broadsheet.web.page.TemplateRenderer;
import news.broadsheet.web.reader.ListingHandlers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import news.broadsheet.web.staff.desk.DeskProblems;

/**
 * Pages for what goes wrong: a 404 that helps the reader on, and refusals that say why. The JSON
 * API under /api/ answers its errors itself, but for one: a refused comment or recommendation
 * ({@link InvalidCommentException}) is answered here for both, by the status {@link ErrorStatus}
 * gives its error, as JSON ({@link ApiProblem}) under /api/ and as a page elsewhere.
 */
final class ErrorMapping {

  private static final int LATEST_ON_404 = 5;

  /** How long a client is asked to wait when the database cannot take its request. */
  static final long RETRY_UNAVAILABLE_SECONDS = 10;
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  private final ArticleService articles;
  private final ListingHandlers listings;
  private final TemplateRenderer templates;
  private final Database database;

  ErrorMapping(ArticleService articles, ListingHandlers listings, TemplateRenderer templates, Database database) {
    this.articles = articles;
    this.listings = listings;
    this.templates = templates;
    this.database = database;
  }

  void register(RoutesConfig routes) {
    routes.exception(ProblemResponse.class, this::problem);
    routes.exception(DeskException.class, (refused, ctx) -> problem(DeskProblems.of(refused), ctx));
    routes.exception(InvalidCommentException.class, this::refused);
    routes.exception(DatabaseUnavailableException.class, this::unavailable);
    routes.error(HttpStatus.NOT_FOUND, this::notFound);
    routes.error(HttpStatus.CONTENT_TOO_LARGE, ctx -> page(ctx, tooLarge()));
    routes.error(HttpStatus.INTERNAL_SERVER_ERROR, ctx -> page(ctx, broken()));
  }

  private void problem(ProblemResponse problem, Context ctx) {
    problem.headers().forEach(ctx::header);
    page(ctx, problem);
  }

  private void refused(InvalidCommentException refused, Context ctx) {
    if (isApi(ctx)) {
      ApiProblem.of(refused).respond(ctx);
    } else if (ErrorStatus.of(refused.error()) == HttpStatus.NOT_FOUND.getCode()) {
      ctx.status(HttpStatus.NOT_FOUND);
    } else {
      String id = ctx.pathParamMap().get("id");
      problem(ProblemResponse.refused(refused, id == null ? "/" : "/news/" + id), ctx);
    }
  }

  /**
   * The database cannot take the request for now (stopped, unreachable, its disk full): 503 with
   * Retry-After, saying that nothing was stored, as JSON under /api/ and as a page elsewhere; the
   * health check says why until the database takes work again.
   */
  private void unavailable(DatabaseUnavailableException unavailable, Context ctx) {
    database.failed(unavailable.failure());
    LOG.warn("{} {}: answered 503, {}", ctx.method(), ctx.path(), unavailable.failure().words());
    if (isApi(ctx)) {
      ApiProblem.unavailable(RETRY_UNAVAILABLE_SECONDS).respond(ctx);
      return;
    }
    problem(new ProblemResponse(
        503,
        "The site cannot take this just now",
        "Its database is not answering. Nothing you sent was stored: please send it again in a minute."
            + " Pages you have open still work.",
        "/",
        "Go to the latest stories",
        java.util.Map.of("Retry-After", Long.toString(RETRY_UNAVAILABLE_SECONDS))), ctx);
  }

  private void notFound(Context ctx) {
    if (isApi(ctx) || TemplateRenderer.rendered(ctx)) {
      return;
    }
    var latest = listings.teasers(articles.latest(LATEST_ON_404, 0));
    templates.render(ctx, "notfound.jte", new NotFoundPage(PageMeta.unlisted("Page not found"), ctx.path(), latest));
    ctx.status(HttpStatus.NOT_FOUND);
  }

  private void page(Context ctx, ProblemResponse problem) {
    if (isApi(ctx)) {
      return;
    }
    templates.render(ctx, "problem.jte", problem.page());
    ctx.status(problem.status());
  }

  private static ProblemResponse tooLarge() {
    return new ProblemResponse(
        413,
        "That was too long to send",
        "The site takes requests of up to 64 KB, and a comment of up to 5,000 characters fits well within"
            + " that. Please shorten what you wrote and send it again.",
        "/",
        "Go to the latest stories",
        java.util.Map.of());
  }

  private static ProblemResponse broken() {
    return new ProblemResponse(
        500,
        "Something went wrong on our side",
        "The page could not be made just now. Please try again in a moment.",
        "/",
        "Go to the latest stories",
        java.util.Map.of());
  }

  private static boolean isApi(Context ctx) {
    return ctx.path().startsWith("/api/");
  }
}
