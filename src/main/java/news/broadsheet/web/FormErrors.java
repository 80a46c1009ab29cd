package news.broadsheet.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleService;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.comment.CommentService;
import news.broadsheet.comment.CommentSort;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.InvalidCommentException;

/**
 * Answers a comment that could not be taken: the same form again (status 422) with what the
 * reader typed and the message next to the field at fault; or, when the story is gone or closed,
 * a page that says so.
 */
final class FormErrors {

  private final ArticleService articles;
  private final CommentService comments;
  private final StoryPages pages;
  private final ReaderCookies cookies;
  private final TemplateRenderer templates;

  FormErrors(
      ArticleService articles,
      CommentService comments,
      StoryPages pages,
      ReaderCookies cookies,
      TemplateRenderer templates) {
    this.articles = articles;
    this.comments = comments;
    this.pages = pages;
    this.cookies = cookies;
    this.templates = templates;
  }

  void show(Context ctx, CommentDraft draft, InvalidCommentException invalid) {
    long id = draft.articleId();
    if ("closed".equals(invalid.code())) {
      throw ProblemResponse.closed(invalid.getMessage(), "/news/" + id);
    }
    Article article = articles.find(id).orElseThrow(() -> new NotFoundResponse("no such story"));
    Optional<Comment> parent = parentOf(draft);
    boolean byField = "name".equals(invalid.field()) || "text".equals(invalid.field());
    CommentForm form =
        new CommentForm(
            Paths.postComment(id),
            parent.map(Comment::id).orElse(null),
            draft.name() == null ? "" : draft.name(),
            draft.text() == null ? "" : draft.text(),
            byField ? Map.of(invalid.field(), invalid.getMessage()) : Map.of(),
            byField ? null : invalid.getMessage());
    String token = cookies.formToken(ctx);
    if (parent.isPresent()) {
      templates.render(ctx, "reply.jte", ReplyPages.page(article, parent.get(), form, token));
    } else {
      templates.render(ctx, "story.jte", pages.build(article, CommentSort.OLDEST, 1, form, token, null));
    }
    ctx.status(422);
  }

  private Optional<Comment> parentOf(CommentDraft draft) {
    if (draft.parentId() == null) {
      return Optional.empty();
    }
    return comments
        .find(draft.parentId())
        .filter(c -> c.articleId() == draft.articleId() && c.status() == CommentStatus.PUBLISHED);
  }
}
