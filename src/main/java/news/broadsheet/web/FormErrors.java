package news.broadsheet.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
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
 * reader typed and the message next to the field at fault, or above the form for a comment that
 * screening rejected; or, when the story is gone or closed, a page that says so.
 */
final class FormErrors {

  private static final String REJECTED = "rejected: ";

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
    if ("closed".equals(invalid.code())) {
      throw ProblemResponse.closed(invalid.getMessage(), "/news/" + draft.articleId());
    }
    boolean byField = "name".equals(invalid.field()) || "text".equals(invalid.field());
    show(
        ctx,
        draft,
        byField ? Map.of(invalid.field(), invalid.getMessage()) : Map.of(),
        byField ? null : invalid.getMessage());
  }

  /**
   * A comment that screening rejected: stored, as moderation never deletes, but never shown. The
   * poster gets the form back with what they wrote and why it was refused.
   */
  void rejected(Context ctx, CommentDraft draft, Comment rejected) {
    show(ctx, draft, Map.of(), rejection(rejected.reasons()));
  }

  /** "Your comment was not published: "idiot" is not allowed here." from the rejecting reasons. */
  static String rejection(List<String> reasons) {
    List<String> why =
        reasons.stream().filter(r -> r.startsWith(REJECTED)).map(r -> r.substring(REJECTED.length())).toList();
    String text = String.join("; ", why.isEmpty() ? reasons : why).strip();
    if (text.isEmpty()) {
      return "Your comment was not published.";
    }
    return "Your comment was not published: " + text + (text.matches(".*[.!?…]$") ? "" : ".");
  }

  private void show(Context ctx, CommentDraft draft, Map<String, String> fieldErrors, String problem) {
    long id = draft.articleId();
    Article article = articles.find(id).orElseThrow(() -> new NotFoundResponse("no such story"));
    Optional<Comment> parent = parentOf(draft);
    CommentForm form =
        new CommentForm(
            Paths.postComment(id),
            parent.map(Comment::id).orElse(null),
            draft.name() == null ? "" : draft.name(),
            draft.text() == null ? "" : draft.text(),
            fieldErrors,
            problem);
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
