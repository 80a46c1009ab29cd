package news.broadsheet.web.api;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import news.broadsheet.article.Article;

/**
 * {@code GET /api/v1/articles/{id}/comments/stream}: Server-Sent Events, one {@code comment}
 * event per newly published comment, with the comment's id as the event id. A reconnecting
 * client sends the last id it saw ({@code Last-Event-ID}, or {@code ?lastEventId=} on the
 * first connection) and first receives what it missed.
 *
 * <p>{@link LiveStreamEntrance} serves the streams in front of the router; this route answers
 * what it passes on: a request refused (no such story, not asking for events, a bad last id), a
 * HEAD, and a stream asked of a stopping server, which ends at once (the browser reconnects).
 */
public final class CommentStreamHandler {

  static final String EVENT_STREAM = "text/event-stream";
  static final String CONTENT_TYPE = EVENT_STREAM + ";charset=utf-8";
  /** Besides the type: no cache keeps the events, and a proxy (nginx) passes them on at once. */
  static final Map<String, String> HEADERS = Map.of("Cache-Control", "no-cache", "X-Accel-Buffering", "no");
  /** How soon a browser asks again after a stream that ends at once. */
  private static final String RETRY_SOON = "retry: 1000\n\n";

  private final LongFunction<Optional<Article>> stories;

  /** @param stories finds a story by id */
  CommentStreamHandler(LongFunction<Optional<Article>> stories) {
    this.stories = stories;
  }

  public void stream(Context ctx) {
    check(ctx.pathParam("id"), ctx.header("Accept"), ctx.header("Last-Event-ID"), ctx.queryParam("lastEventId"));
    HEADERS.forEach(ctx::header);
    ctx.contentType(CONTENT_TYPE).result(RETRY_SOON);
  }

  /** A stream request that passed every check. */
  record StreamRequest(Article article, Long lastEventId) {}

  /** Checks a stream request, in the order its refusals are answered. */
  StreamRequest check(String id, String accept, String lastEventIdHeader, String lastEventIdQuery) {
    Article article = stories.apply(storyId(id)).orElseThrow(() -> ApiProblem.notFound("There is no such story."));
    if (accept == null || !accept.contains(EVENT_STREAM)) {
      throw new ApiProblem(406, "not_acceptable", null, "This is an event stream: send Accept: " + EVENT_STREAM + ".");
    }
    return new StreamRequest(article, lastEventId(lastEventIdHeader, lastEventIdQuery));
  }

  private static long storyId(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException notANumber) {
      throw ApiProblem.notFound("There is no such story.");
    }
  }

  /** The header wins: a browser reconnecting sends it, while the address keeps its first value. */
  private static Long lastEventId(String header, String query) {
    String text = header != null && !header.isBlank() ? header : query;
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
