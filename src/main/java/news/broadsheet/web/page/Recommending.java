package news.broadsheet.web.page;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentPostingService;
import news.broadsheet.cluster.RateLimits;
import news.broadsheet.comment.InvalidCommentException;

/**
 * The one path of a recommendation, from the story page's form or the JSON API: the client's rate
 * limit, then the reader it counts for (the reader key the server issued, else the client's
 * address), then the count, once per reader.
 *
 * <p>A request without an issued key is issued one, and counts for it, while the client's
 * allowance of new keys lasts ({@value #KEYS_PER_HOUR} an hour); beyond that it counts for the
 * client's address. A client that throws its keys away (or sends made-up ones) thus counts at
 * most {@value #KEYS_PER_HOUR} + 1 times for a comment in an hour, and never more often than its
 * rate limit.
 */
public final class Recommending {

  public static final int KEYS_PER_HOUR = 10;

  private final CommentPostingService posting;
  private final ReaderCookies cookies;
  private final PostRateLimiter limiter;
  private final PostRateLimiter newKeys;

  /** @param perMinute recommendations a client may make a minute; 0: no limit */
  public Recommending(CommentPostingService posting, ReaderCookies cookies, RateLimits limits, int perMinute) {
    this.posting = posting;
    this.cookies = cookies;
    this.limiter = new PostRateLimiter(limits, "recommend", perMinute, Duration.ofMinutes(1));
    this.newKeys = new PostRateLimiter(limits, "reader-key", KEYS_PER_HOUR, Duration.ofHours(1));
  }

  /**
   * Counts the reader's recommendation of a published comment (once per reader).
   *
   * @return the comment with its count after this one
   * @throws InvalidCommentException when the client recommends too fast (429) or the comment is not
   *     a published one (404); nothing is counted then
   */
  public Comment recommend(Context ctx, long commentId) {
    limiter.secondsToWait(ctx.ip()).ifPresent(seconds -> {
      throw InvalidCommentException.tooFast(seconds);
    });
    return posting.recommend(commentId, readerOf(ctx));
  }

  private String readerOf(Context ctx) {
    Optional<String> held = cookies.heldReaderKey(ctx);
    if (held.isPresent()) {
      return "key:" + held.get();
    }
    if (newKeys.secondsToWait(ctx.ip()).isEmpty()) {
      return "key:" + cookies.issueReaderKey(ctx);
    }
    return "ip:" + ctx.ip();
  }
}
