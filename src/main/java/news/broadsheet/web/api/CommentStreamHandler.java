package news.broadsheet.web.api;

import io.javalin.http.Context;
import io.javalin.http.sse.SseHandler;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleService;

/**
 * {@code GET /api/v1/articles/{id}/comments/stream}: Server-Sent Events, one {@code comment}
 * event per newly published comment, with the comment's id as the event id. A reconnecting
 * client sends the last id it saw ({@code Last-Event-ID}, or {@code ?lastEventId=} on the
 * first connection) and first receives what it missed, up to {@link CommentStreams#REPLAY_MAX}
 * comments. One client address may hold a few streams at once, and the server a bounded number
 * ({@link StreamLimits}).
 */
public final class CommentStreamHandler {

  static final String EVENT_STREAM = "text/event-stream";

  private final ArticleService articles;
  private final CommentStreams streams;
  private final StreamLimits limits;

  CommentStreamHandler(ArticleService articles, CommentStreams streams, StreamLimits limits) {
    this.articles = articles;
    this.streams = streams;
    this.limits = limits;
  }

  public void stream(Context ctx) throws Exception {
    long id = ApiRequests.id(ctx, "story");
    Article article = articles.find(id).orElseThrow(() -> ApiProblem.notFound("There is no such story."));
    String accept = ctx.header("Accept");
    if (accept == null || !accept.contains(EVENT_STREAM)) {
      throw new ApiProblem(406, "not_acceptable", null, "This is an event stream: send Accept: " + EVENT_STREAM + ".");
    }
    Long lastEventId = lastEventId(ctx);
    Runnable free = limits.admit(ctx.ip());
    try {
      new SseHandler(client -> streams.open(article, lastEventId, client, free)).handle(ctx);
    } catch (Exception | Error failed) {
      free.run();
      throw failed;
    }
  }

  /** The header wins: a browser reconnecting sends it, while the address keeps its first value. */
  private static Long lastEventId(Context ctx) {
    String header = ctx.header("Last-Event-ID");
    String text = header != null && !header.isBlank() ? header : ctx.queryParam("lastEventId");
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(text.strip());
      if (id >= 0) {
        return id;
      }
    } catch (NumberFormatException notAnId) {
      // answered below
    }
    throw ApiProblem.badParameter("lastEventId", "Last-Event-ID must be the id of a comment event.");
  }
}
