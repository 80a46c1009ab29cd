package news.broadsheet.web.page;

import io.javalin.http.Context;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.comment.CommentPostingService;
import news.broadsheet.comment.InvalidCommentException;

/**
 * The one path of a posted comment, whichever door it comes through: the story page's form
 * ({@code web.reader}) or the JSON API ({@code web.api}). A door reads its request into a {@link
 * #draft}, calls {@link #post}, and writes its answer; every step between is here, in order:
 *
 * <ol>
 *   <li>the draft: from the signed-in reader's account, under its name, else a guest's;
 *   <li>the client's rate limit ({@link PostRateLimiter}, by the client's address);
 *   <li>the posting service: who may comment, the comment's rules, the story open, screening,
 *       storing with the audit record, and, for a published comment, the live event and the
 *       story's new version (its listeners);
 *   <li>the count in {@code broadsheet_comments_posted_total}, by the status stored.
 * </ol>
 *
 * A refusal at any step is an {@link InvalidCommentException} with its {@code CommentError}, which
 * each door answers by {@link ErrorStatus}.
 */
public final class CommentPosting {

  private final CommentPostingService posting;
  private final LoginSessions sessions;
  private final PostRateLimiter limiter;
  private final WebMetrics metrics;

  public CommentPosting(
      CommentPostingService posting, LoginSessions sessions, PostRateLimiter limiter, WebMetrics metrics) {
    this.posting = posting;
    this.sessions = sessions;
    this.limiter = limiter;
    this.metrics = metrics;
  }

  /** The comment a request posts: from the signed-in reader's account, else as a guest with the name given. */
  public CommentDraft draft(Context ctx, long articleId, Long parentId, String name, String text) {
    return sessions
        .user(ctx)
        .map(user -> CommentDraft.byAccount(articleId, parentId, user.id(), user.name(), text, ctx.ip()))
        .orElseGet(() -> new CommentDraft(articleId, parentId, name, text, ctx.ip()));
  }

  /**
   * Posts the draft and returns the comment as stored: published, pending or rejected.
   *
   * @throws InvalidCommentException when the client posts too fast or the comment cannot be
   *     taken; nothing is stored or counted then
   */
  public Comment post(CommentDraft draft) {
    limiter.secondsToWait(draft.clientKey()).ifPresent(seconds -> {
      throw InvalidCommentException.tooFast(seconds);
    });
    Comment stored = posting.post(draft);
    metrics.commentPosted(stored.status());
    return stored;
  }
}
