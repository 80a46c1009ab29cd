package news.broadsheet.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.Map;
import news.broadsheet.account.ApiTokens;
import news.broadsheet.account.User;
import news.broadsheet.desk.DeskException;
import news.broadsheet.desk.DeskService;
import news.broadsheet.desk.DeskStory;
import news.broadsheet.desk.StaleRevisionException;
import news.broadsheet.web.api.DeskApiViews.CorrectionRequest;
import news.broadsheet.web.api.DeskApiViews.DeskApiRevision;
import news.broadsheet.web.api.DeskApiViews.DeskApiStory;
import news.broadsheet.web.api.DeskApiViews.PublishRequest;
import news.broadsheet.web.api.DeskApiViews.StaleAnswer;
import news.broadsheet.web.api.DeskApiViews.StoryRequest;

/**
 * The desk API under {@code /api/v1/desk}: the desk's steps as JSON, for newsroom tools and wire
 * feeds. Every request carries {@code Authorization: Bearer TOKEN} (a token of a staff account) and
 * has the rights of the account's role; a save names the revision it edits and a stale one is
 * answered 409 with the latest.
 */
public final class DeskApiHandlers {

  /** Story bodies run to 200,000 characters: requests may be larger than the reader API's. */
  static final int MAX_BODY = 1024 * 1024;

  private final DeskService stories;
  private final ApiTokens tokens;
  private final ObjectMapper mapper;

  DeskApiHandlers(DeskService stories, ApiTokens tokens, ObjectMapper mapper) {
    this.stories = stories;
    this.tokens = tokens;
    this.mapper = mapper;
  }

  /** {@code POST /api/v1/desk/stories}: a new draft, 201. */
  public void create(Context ctx) {
    User user = user(ctx);
    StoryRequest request = ApiRequests.body(ctx, mapper, StoryRequest.class, MAX_BODY);
    DeskStory created = run(() -> stories.create(user, request.draft()));
    ctx.status(HttpStatus.CREATED).header("Location", "/api/v1/desk/stories/" + created.id()).json(DeskApiStory.of(created));
  }

  public void one(Context ctx) {
    User user = user(ctx);
    long id = ApiRequests.id(ctx, "story");
    ctx.json(DeskApiStory.of(run(() -> stories.open(user, id))));
  }

  /** {@code PUT /api/v1/desk/stories/{id}}: the whole story, from the revision it names. */
  public void replace(Context ctx) {
    User user = user(ctx);
    long id = ApiRequests.id(ctx, "story");
    StoryRequest request = ApiRequests.body(ctx, mapper, StoryRequest.class, MAX_BODY);
    if (request.revision() == null) {
      throw new ApiProblem(422, "invalid", "revision", "Name the revision this change starts from.");
    }
    try {
      ctx.json(DeskApiStory.of(run(() -> stories.save(user, id, request.revision(), request.draft()))));
    } catch (StaleRevisionException stale) {
      ctx.status(HttpStatus.CONFLICT).json(new StaleAnswer("stale_revision", stale.getMessage(),
          stale.current().revision(), stale.latest().accountName(), DeskApiStory.of(stale.current())));
    }
  }

  /** {@code POST …/submit}: a writer hands the draft to the editors. */
  public void submit(Context ctx) {
    User user = user(ctx);
    long id = ApiRequests.id(ctx, "story");
    ctx.json(DeskApiStory.of(run(() -> stories.submit(user, id))));
  }

  /** {@code POST …/publish} with an optional {@code {"at": …}}: now, or scheduled. */
  public void publish(Context ctx) {
    User user = user(ctx);
    long id = ApiRequests.id(ctx, "story");
    boolean hasBody = ctx.req().getContentLengthLong() > 0;
    PublishRequest request = hasBody ? ApiRequests.body(ctx, mapper, PublishRequest.class) : new PublishRequest(null);
    Instant at = request.at() == null ? null : request.at().toInstant();
    ctx.json(DeskApiStory.of(run(() -> stories.publish(user, id, at))));
  }

  public void unpublish(Context ctx) {
    User user = user(ctx);
    long id = ApiRequests.id(ctx, "story");
    ctx.json(DeskApiStory.of(run(() -> stories.unpublish(user, id))));
  }

  /** {@code POST …/corrections} with {@code {"text": …}}: 201 with the story. */
  public void correct(Context ctx) {
    User user = user(ctx);
    long id = ApiRequests.id(ctx, "story");
    CorrectionRequest request = ApiRequests.body(ctx, mapper, CorrectionRequest.class);
    ctx.status(HttpStatus.CREATED).json(DeskApiStory.of(run(() -> stories.correct(user, id, request.text()))));
  }

  public void revisions(Context ctx) {
    User user = user(ctx);
    long id = ApiRequests.id(ctx, "story");
    DeskStory story = run(() -> stories.open(user, id));
    ctx.json(Map.of("items", run(() -> stories.revisions(user, id)).stream()
        .map(revision -> DeskApiRevision.of(revision, story.zone())).toList()));
  }

  /** The account of the request's Bearer token; 401 without a working one. */
  private User user(Context ctx) {
    String header = ctx.header("Authorization");
    String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    return tokens.userOfToken(token).orElseThrow(() -> {
      ctx.header("WWW-Authenticate", "Bearer realm=\"desk\"");
      return new ApiProblem(401, "unauthorized", null,
          "Send a desk API token of a staff account: Authorization: Bearer TOKEN.");
    });
  }

  private static <T> T run(java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (StaleRevisionException stale) {
      throw stale;
    } catch (DeskException refused) {
      throw problem(refused);
    }
  }

  static ApiProblem problem(DeskException refused) {
    return switch (refused.error()) {
      case INVALID -> new ApiProblem(422, "invalid", refused.field(), refused.getMessage());
      case NOT_ALLOWED -> new ApiProblem(403, "not_allowed", null, refused.getMessage());
      case NOT_FOUND -> ApiProblem.notFound(refused.getMessage());
      case WRONG_STATUS -> new ApiProblem(409, "wrong_status", null, refused.getMessage());
      case STALE_REVISION -> new ApiProblem(409, "stale_revision", null, refused.getMessage());
    };
  }
}
