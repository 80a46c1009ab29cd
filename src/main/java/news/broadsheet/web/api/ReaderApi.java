package news.broadsheet.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import news.broadsheet.App;
import news.broadsheet.article.CommentsPolicy;
import news.broadsheet.web.page.SiteParts;

/**
 * The machine-facing half of the site, built from {@link App}: the JSON API with its live comment
 * streams and its OpenAPI document, and the Atom feeds. The server's {@code Routes} maps the routes
 * to its handlers.
 */
public final class ReaderApi implements AutoCloseable {

  private final ObjectMapper mapper = ApiJson.mapper();
  private final LiveStreams streams;
  private final LiveStreamEntrance streamEntrance;
  private final ApiArticleHandlers articles;
  private final ApiCommentHandlers comments;
  private final CommentStreamHandler stream;
  private final FeedHandlers feeds;
  private final SitemapHandlers sitemaps;
  private final DeskApiHandlers desk;
  private final ApiSearchHandlers search;
  private final byte[] openApi = resource("/api/openapi.json");

  public ReaderApi(App app, SiteParts parts) {
    this.streams = new LiveStreams(app.comments(), app.newComments(), new CommentEvents(mapper), parts.accessLog());
    parts.metrics().gauge("broadsheet.live.streams", "Open live comment streams", streams::openStreams);
    CommentsPolicy policy = app.commentsPolicy();
    this.articles = new ApiArticleHandlers(app.articles(), app.comments(), policy, app.clock());
    ArticleZones zones = new ArticleZones(app.articles());
    this.comments =
        new ApiCommentHandlers(
            app.comments(), parts.recommending(), parts.posting(), zones, mapper, parts.cookies());
    this.stream = new CommentStreamHandler(id -> streams.storyFollowed(id)
        .filter(story -> story.status() == news.broadsheet.article.StoryStatus.PUBLISHED)
        .or(() -> app.articles().findPublished(id)));
    this.streamEntrance = new LiveStreamEntrance(stream, streams, new StreamLimits(parts.limits(), app.rateLimits()), parts.clients());
    this.feeds = new FeedHandlers(app.articles(), app.comments(), parts.address(), app.desk());
    this.sitemaps = new SitemapHandlers(app.desk().newsroom(), parts.address(), app.clock());
    this.desk = new DeskApiHandlers(app.desk().stories(), app.apiTokens(), mapper);
    this.search = new ApiSearchHandlers(app.search());
  }

  /** The site's JSON mapping: ISO-8601 dates, never timestamps. */
  public void configure(JavalinConfig config) {
    config.jsonMapper(new JavalinJackson(mapper, false));
  }

  public ApiArticleHandlers articles() {
    return articles;
  }

  public ApiCommentHandlers comments() {
    return comments;
  }

  public CommentStreamHandler stream() {
    return stream;
  }

  public FeedHandlers feeds() {
    return feeds;
  }

  /** The desk API, for newsroom tools with a token. */
  public DeskApiHandlers desk() {
    return desk;
  }

  /** The sitemaps and robots.txt. */
  public SitemapHandlers sitemaps() {
    return sitemaps;
  }

  /** Readers' search as JSON. */
  public ApiSearchHandlers search() {
    return search;
  }

  /** The live comment streams open now. */
  public LiveStreams streams() {
    return streams;
  }

  /** Serves live streams in front of the router (see {@link LiveStreamEntrance}). */
  public LiveStreamEntrance streamEntrance() {
    return streamEntrance;
  }

  public void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }

  /** Ends the live streams, so that a stopping server need not wait for them. */
  @Override
  public void close() {
    streams.close();
  }

  private static byte[] resource(String name) {
    try (InputStream in = ReaderApi.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
