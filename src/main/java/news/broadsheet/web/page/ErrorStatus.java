package news.broadsheet.web.page;

import news.broadsheet.comment.CommentError;

/**
 * The HTTP status of each of the domain's errors, the one table the reader's site and the JSON
 * API both answer by: what the reader can put right in the form is 422 (401 when they must sign
 * in), a story or comment that is not there 404, closed comments 409, posting too fast 429.
 */
public final class ErrorStatus {

  private ErrorStatus() {}

  public static int of(CommentError error) {
    return switch (error) {
      case EMPTY, TOO_LONG, MULTILINE, FORBIDDEN_CHARACTER, NAME_OF_AN_ACCOUNT, NO_SUCH_PARENT -> 422;
      case SIGN_IN_REQUIRED -> 401;
      case NO_SUCH_STORY, NO_SUCH_COMMENT -> 404;
      case CLOSED -> 409;
      case RATE_LIMITED -> 429;
    };
  }

  /** Whether the reader gets the form back with the message, rather than a page about it. */
  public static boolean answeredInTheForm(CommentError error) {
    int status = of(error);
    return status == 422 || status == 401;
  }
}
