package news.broadsheet.web.reader;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleService;
import news.broadsheet.article.StoryStatus;
import news.broadsheet.comment.CommentLocation;
import news.broadsheet.comment.CommentService;
import news.broadsheet.comment.CommentSort;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.web.page.Params;
import news.broadsheet.web.page.Paths;
import news.broadsheet.web.page.ProblemResponse;
import news.broadsheet.web.page.ReaderCookies;
import news.broadsheet.web.page.TemplateRenderer;

/** The story page, the permanent address of each comment, and the reply form. */
public final class StoryHandlers {

  static final String PENDING_NOTICE =
      "Thank you. Your comment awaits moderation and will appear here once a moderator has read it.";

  private final ArticleService articles;
  private final CommentService comments;
  private final StoryPages pages;
  private final SharedStoryPages shared;
  private final ReaderCookies cookies;
  private final Readers readers;
  private final TemplateRenderer templates;

  StoryHandlers(
      ArticleService articles,
      CommentService comments,
      StoryPages pages,
      SharedStoryPages shared,
      ReaderCookies cookies,
      Readers readers,
      TemplateRenderer templates) {
    this.articles = articles;
    this.comments = comments;
    this.pages = pages;
    this.shared = shared;
    this.cookies = cookies;
    this.readers = readers;
    this.templates = templates;
  }

  /**
   * {@code /news/{id}/{slug}}: served from the shared copy unless the query asks for more or the
   * reader is of the staff, whose page links to the story's reactions.
   */
  public void story(Context ctx) {
    long id = Params.id(ctx, "id");
    CommentSort sort = Params.sort(ctx.queryParam("sort"));
    int page = Params.page(ctx);
    Readers.Reader reader = readers.of(ctx);
    if (Params.onlyPaging(ctx) && !reader.staff()) {
      byte[] html = shared.page(id, ctx.pathParam("slug"), sort, page, reader, cookies.heldFormToken(ctx));
      if (html != null) {
        TemplateRenderer.send(ctx, html);
        return;
      }
    }
    Article article = storyAt(ctx, id);
    if (article == null) {
      return;
    }
    String notice = "pending".equals(ctx.queryParam("posted")) ? PENDING_NOTICE : null;
    CommentForm form = reader.blankForm(id, null, Paths.commentForm(Paths.story(article)));
    StoryPage model = pages.build(article, sort, page, form, cookies.heldFormToken(ctx), notice);
    if (model == null) {
      throw new NotFoundResponse("no such page of comments");
    }
    templates.render(ctx, "story.jte", model.withReactions(reader.staff() ? Paths.reactions(id) : null));
  }

  /** {@code /news/{id}}: the story's full address. */
  public void storyWithoutSlug(Context ctx) {
    storyAt(ctx, Params.id(ctx, "id"));
  }

  /** {@code /news/{id}/{slug}/comments/{commentId}}: the comment's page, at the comment. */
  public void permalink(Context ctx) {
    long id = Params.id(ctx, "id");
    long commentId = Params.id(ctx, "commentId");
    CommentLocation location =
        comments
            .locate(commentId, StoryPages.COMMENTS_PER_PAGE)
            .filter(found -> found.articleId() == id)
            .orElseThrow(() -> new NotFoundResponse("no such comment"));
    Article article = articles.findPublished(id).orElseThrow(() -> new NotFoundResponse("no such story"));
    ctx.redirect(
        Paths.discussion(Paths.story(article), CommentSort.OLDEST, location.page()) + "#comment-" + commentId,
        HttpStatus.FOUND);
  }

  /** {@code /news/{id}/{slug}/comments/{commentId}/reply}: a page with the reply form. */
  public void replyForm(Context ctx) {
    long commentId = Params.id(ctx, "commentId");
    Article article = storyAt(ctx, Params.id(ctx, "id"));
    if (article == null) {
      return;
    }
    var parent =
        comments
            .find(commentId)
            .filter(c -> c.articleId() == article.id() && c.status() == CommentStatus.PUBLISHED)
            .orElseThrow(() -> new NotFoundResponse("no such comment"));
    CommentForm form =
        readers.of(ctx).blankForm(article.id(), commentId, Paths.replyForm(Paths.story(article), commentId));
    templates.render(ctx, "reply.jte", ReplyPages.page(article, parent, pages.open(article) ? form : null, cookies.formToken(ctx)));
  }

  /**
   * The story the address names, or null after redirecting to its right address (a wrong or
   * missing slug), keeping the rest of the path and the query.
   */
  private Article storyAt(Context ctx, long id) {
    Article article = articles.find(id).orElseThrow(() -> new NotFoundResponse("no such story"));
    if (article.status() == StoryStatus.UNPUBLISHED) {
      throw new ProblemResponse(410, "This story has been taken down",
          "The newsroom has taken this story off the site. Its address is kept, so links to it say so.",
          "/", "Go to the latest stories", java.util.Map.of());
    }
    if (!article.isPublished()) {
      throw new NotFoundResponse("no such story");
    }
    String slug = ctx.pathParamMap().get("slug");
    if (article.slug().equals(slug)) {
      return article;
    }
    String prefix = "/news/" + id + (slug == null ? "" : "/" + slug);
    String rest = ctx.path().startsWith(prefix) ? ctx.path().substring(prefix.length()) : "";
    String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
    ctx.redirect(Paths.story(article) + rest + query, HttpStatus.MOVED_PERMANENTLY);
    return null;
  }
}
