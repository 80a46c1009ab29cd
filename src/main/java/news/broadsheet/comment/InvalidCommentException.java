package news.broadsheet.comment;

import java.util.Objects;

/**
 * A comment, or a recommendation, that cannot be taken: the {@link CommentError}, the field at
 * fault (null when it is not one field), and a message for the reader. Nothing is stored then.
 */
public final class InvalidCommentException extends RuntimeException {

  private final CommentError error;
  private final String field;
  private final long retryAfterSeconds;

  public InvalidCommentException(CommentError error, String field, String message) {
    this(error, field, message, 0);
  }

  private InvalidCommentException(CommentError error, String field, String message, long retryAfterSeconds) {
    super(message, null, false, false);
    this.error = Objects.requireNonNull(error, "error");
    this.field = field;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The client posts too fast; it may post again in this many seconds. */
  public static InvalidCommentException tooFast(long seconds) {
    return new InvalidCommentException(
        CommentError.RATE_LIMITED, null, "You are posting too fast; try again in " + seconds + " s.", seconds);
  }

  public CommentError error() {
    return error;
  }

  public String field() {
    return field;
  }

  /** For {@link CommentError#RATE_LIMITED}, the seconds until the client may post again; else 0. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
