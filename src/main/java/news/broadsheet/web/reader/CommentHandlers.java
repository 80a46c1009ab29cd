package news.broadsheet.web.reader;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleService;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.comment.CommentLocation;
import news.broadsheet.comment.CommentService;
import news.broadsheet.comment.CommentSort;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.InvalidCommentException;
import news.broadsheet.web.page.CommentPosting;
import news.broadsheet.web.page.Params;
import news.broadsheet.web.page.Paths;
import news.broadsheet.web.page.ReaderCookies;
import news.broadsheet.web.page.Recommending;

/**
 * The forms of the story page: posting a comment or a reply, and recommending one. Each answers
 * with a redirect to a page (POST, redirect, GET), or with the form again and what is wrong.
 */
public final class CommentHandlers {

  private final ArticleService articles;
  private final CommentService comments;
  private final Recommending recommending;
  private final CommentPosting posting;
  private final ReaderCookies cookies;
  private final FormErrors errors;

  CommentHandlers(
      ArticleService articles,
      CommentService comments,
      Recommending recommending,
      CommentPosting posting,
      ReaderCookies cookies,
      FormErrors errors) {
    this.articles = articles;
    this.comments = comments;
    this.recommending = recommending;
    this.posting = posting;
    this.cookies = cookies;
    this.errors = errors;
  }

  /**
   * {@code POST /news/{id}/comments} with name, text and perhaps parentId, through the one
   * {@link CommentPosting} path; a signed-in reader's comment is posted from their account, under
   * its name, whatever name the form sends.
   */
  public void post(Context ctx) {
    long id = Params.id(ctx, "id");
    requireFormToken(ctx, id);
    CommentDraft draft =
        posting.draft(ctx, id, parentId(ctx.formParam("parentId")), ctx.formParam("name"), ctx.formParam("text"));
    Comment posted;
    try {
      posted = posting.post(draft);
    } catch (InvalidCommentException invalid) {
      errors.show(ctx, draft, invalid);
      return;
    }
    if (posted.status() == CommentStatus.REJECTED) {
      errors.rejected(ctx, draft, posted);
      return;
    }
    if (draft.byGuest()) {
      cookies.rememberName(ctx, posted.name());
    }
    ctx.redirect(whereToSee(posted), HttpStatus.SEE_OTHER);
  }

  /** The new comment on its page, or a notice when it waits for a moderator (a rejected one never comes here). */
  private String whereToSee(Comment posted) {
    String story = Paths.story(story(posted.articleId()));
    if (posted.status() != CommentStatus.PUBLISHED) {
      return story + "?posted=pending#posted-notice";
    }
    int page = comments.locate(posted.id(), StoryPages.COMMENTS_PER_PAGE).map(CommentLocation::page).orElse(1);
    return Paths.discussion(story, CommentSort.OLDEST, page) + "#comment-" + posted.id();
  }

  /**
   * {@code POST /news/{id}/comments/{commentId}/recommend}: once per reader, then back to the page,
   * drawn afresh for this reader ({@code &recommended=}) so that they see their recommendation counted.
   */
  public void recommend(Context ctx) {
    long id = Params.id(ctx, "id");
    long commentId = Params.id(ctx, "commentId");
    requireFormToken(ctx, id);
    comments
        .find(commentId)
        .filter(c -> c.articleId() == id && c.status() == CommentStatus.PUBLISHED)
        .orElseThrow(() -> new NotFoundResponse("no such comment"));
    recommending.recommend(ctx, commentId); // a comment gone meanwhile: 404; too fast: 429
    CommentSort sort = Params.sort(ctx.formParam("sort"));
    int page = Params.pageNumber(ctx.formParam("page"));
    String discussion = Paths.discussion(Paths.story(story(id)), sort, page);
    // Other readers' pages catch up with the count within seconds; this reader's is drawn afresh.
    String fresh = discussion + (discussion.contains("?") ? "&" : "?") + "recommended=" + commentId;
    ctx.redirect(fresh + "#comment-" + commentId, HttpStatus.SEE_OTHER);
  }

  private void requireFormToken(Context ctx, long id) {
    cookies.requireFormFromThisSite(ctx, backTo(id));
  }

  private Article story(long id) {
    return articles.findPublished(id).orElseThrow(() -> new NotFoundResponse("no such story"));
  }

  /** The story's short address: it redirects to the full one. */
  private static String backTo(long id) {
    return "/news/" + id;
  }

  /** A parent id as sent; one that is not a number answers no comment (-1, which none has). */
  private static Long parentId(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException notANumber) {
      return -1L;
    }
  }
}
