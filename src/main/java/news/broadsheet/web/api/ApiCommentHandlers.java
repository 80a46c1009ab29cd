package news.broadsheet.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentPosition;
import news.broadsheet.comment.CommentService;
import news.broadsheet.comment.CommentSort;
import news.broadsheet.web.api.ApiViews.ApiComment;
import news.broadsheet.web.api.ApiViews.NewCommentRequest;
import news.broadsheet.web.api.ApiViews.Page;
import news.broadsheet.web.page.CommentPosting;
import news.broadsheet.web.page.ReaderCookies;
import news.broadsheet.web.page.Recommending;

/** A story's comments in the JSON API: listing, posting and recommending. */
public final class ApiCommentHandlers {

  private final CommentService comments;
  private final Recommending recommending;
  private final CommentPosting posting;
  private final ArticleZones zones;
  private final ObjectMapper mapper;
  private final ReaderCookies cookies;

  ApiCommentHandlers(
      CommentService comments,
      Recommending recommending,
      CommentPosting posting,
      ArticleZones zones,
      ObjectMapper mapper,
      ReaderCookies cookies) {
    this.comments = comments;
    this.recommending = recommending;
    this.posting = posting;
    this.zones = zones;
    this.mapper = mapper;
    this.cookies = cookies;
  }

  /** A story's published comments, replies included, in the chosen order, a page at a time. */
  public void list(Context ctx) {
    long articleId = ApiRequests.id(ctx, "story");
    int limit = ApiRequests.limit(ctx);
    CommentSort sort = ApiRequests.sort(ctx);
    CommentPosition after = Cursors.comment(ctx.queryParam("cursor"), sort);
    var zone = zones.ofPublished(articleId).orElseThrow(() -> ApiProblem.notFound("There is no such story."));
    List<Comment> found = comments.publishedPage(articleId, sort, after, limit + 1);
    List<Comment> page = found.subList(0, Math.min(limit, found.size()));
    String next =
        found.size() > limit ? Cursors.of(sort, CommentPosition.of(page.get(page.size() - 1))) : null;
    ctx.json(new Page<>(page.stream().map(c -> ApiComment.of(c, zone)).toList(), next));
  }

  /**
   * Posts a comment or reply through the one {@link CommentPosting} path; 201 with the comment as
   * stored, whatever its status. With a login session cookie it is posted from the reader's
   * account, under its name; a guest is refused (401) while only signed-in readers may comment.
   */
  public void post(Context ctx) {
    long articleId = ApiRequests.id(ctx, "story");
    ApiRequests.requireFromThisSite(ctx, cookies);
    NewCommentRequest request = ApiRequests.body(ctx, mapper, NewCommentRequest.class);
    Comment stored = posting.post(posting.draft(ctx, articleId, request.parentId(), request.name(), request.text()));
    ctx.status(HttpStatus.CREATED).json(ApiComment.of(stored, zones.of(articleId).orElseThrow()));
  }

  /**
   * One reader's recommendation of a published comment, counted once; 200 with the comment. The
   * reader is the key the server issued in the {@code broadsheet_reader} cookie, else the client's
   * address (see {@link Recommending}).
   */
  public void recommend(Context ctx) {
    long commentId = ApiRequests.id(ctx, "comment");
    ApiRequests.requireFromThisSite(ctx, cookies);
    Comment comment = recommending.recommend(ctx, commentId);
    ctx.json(ApiComment.of(comment, zones.of(comment.articleId()).orElseThrow()));
  }
}
