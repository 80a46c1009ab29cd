package news.broadsheet.web.reader;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleService;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.comment.CommentError;
import news.broadsheet.comment.CommentService;
import news.broadsheet.comment.CommentSort;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.InvalidCommentException;
import news.broadsheet.comment.ReasonText;
import news.broadsheet.web.page.ErrorStatus;
import news.broadsheet.web.page.Paths;
import news.broadsheet.web.page.ReaderCookies;
import news.broadsheet.web.page.TemplateRenderer;

/**
 * Answers a comment that could not be taken: the same form again with what the reader typed and
 * the message next to the field at fault (status 422), or about the whole form: a comment
 * screening rejected (422, with the reasons, such as a ban and its end), a guest's comment where
 * only signed-in readers may comment (401, with the link to sign in). When the story is gone or
 * closed, or the reader posts too fast, the server's error mapping answers with a page.
 */
final class FormErrors {

  private final ArticleService articles;
  private final CommentService comments;
  private final StoryPages pages;
  private final ReaderCookies cookies;
  private final Readers readers;
  private final TemplateRenderer templates;

  FormErrors(
      ArticleService articles,
      CommentService comments,
      StoryPages pages,
      ReaderCookies cookies,
      Readers readers,
      TemplateRenderer templates) {
    this.articles = articles;
    this.comments = comments;
    this.pages = pages;
    this.cookies = cookies;
    this.readers = readers;
    this.templates = templates;
  }

  /**
   * A refusal the reader can put right comes back in the form, with the status {@link ErrorStatus}
   * gives it; the others (comments closed, posting too fast, the story gone) go on to the server's
   * error mapping, which answers them with a page.
   */
  void show(Context ctx, CommentDraft draft, InvalidCommentException invalid) {
    CommentError error = invalid.error();
    if (!ErrorStatus.answeredInTheForm(error)) {
      throw invalid;
    }
    boolean byField = "name".equals(invalid.field()) || "text".equals(invalid.field());
    render(
        ctx,
        draft,
        byField ? Map.of(invalid.field(), invalid.getMessage()) : Map.of(),
        byField ? null : invalid.getMessage());
    ctx.status(ErrorStatus.of(error));
  }

  /**
   * A comment that screening rejected: stored, as moderation never deletes, but never shown. The
   * poster gets the form back with what they wrote and why it was refused.
   */
  void rejected(Context ctx, CommentDraft draft, Comment rejected) {
    render(ctx, draft, Map.of(), ReasonText.toCommenter(rejected.reasons()));
    ctx.status(422);
  }

  private void render(Context ctx, CommentDraft draft, Map<String, String> errors, String problem) {
    long id = draft.articleId();
    Article article = articles.findPublished(id).orElseThrow(() -> new NotFoundResponse("no such story"));
    Optional<Comment> parent = parentOf(draft);
    String storyPath = Paths.story(article);
    CommentForm form =
        new CommentForm(
            Paths.postComment(id),
            parent.map(Comment::id).orElse(null),
            draft.name() == null ? "" : draft.name(),
            draft.text() == null ? "" : draft.text(),
            errors,
            problem,
            draft.byGuest() ? readers.guestMode() : CommentForm.Mode.ACCOUNT,
            parent.map(p -> Paths.replyForm(storyPath, p.id())).orElse(Paths.commentForm(storyPath)));
    String token = cookies.formToken(ctx);
    if (parent.isPresent()) {
      templates.render(ctx, "reply.jte", ReplyPages.page(article, parent.get(), form, token));
    } else {
      templates.render(ctx, "story.jte", pages.build(article, CommentSort.OLDEST, 1, form, token, null));
    }
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
