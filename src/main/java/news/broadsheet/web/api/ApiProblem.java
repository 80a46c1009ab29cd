package news.broadsheet.web.api;

import io.javalin.http.Context;
import news.broadsheet.comment.CommentPostingService;
import news.broadsheet.comment.InvalidCommentException;

/**
 * Why a JSON API request failed, answered as {@code {"error": code, "field"?, "message"}} with
 * its HTTP status. Handlers throw it; the server's {@code Routes} maps it once.
 */
public final class ApiProblem extends RuntimeException {

  private final int status;
  private final String code;
  private final String field;
  private final long retryAfterSeconds;

  ApiProblem(int status, String code, String field, String message) {
    this(status, code, field, message, 0);
  }

  private ApiProblem(int status, String code, String field, String message, long retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.field = field;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  static ApiProblem notFound(String message) {
    return new ApiProblem(404, "not_found", null, message);
  }

  static ApiProblem badParameter(String field, String message) {
    return new ApiProblem(400, "bad_parameter", field, message);
  }

  static ApiProblem rateLimited(long retryAfterSeconds) {
    return new ApiProblem(
        429, "rate_limited", null, "You are posting too fast; try again in " + retryAfterSeconds + " s.", retryAfterSeconds);
  }

  /** The answer to a comment the posting service refused. */
  static ApiProblem of(InvalidCommentException refused) {
    int status =
        switch (refused.code()) {
          case "not_found" -> 404;
          case "closed" -> 409;
          case CommentPostingService.SIGN_IN_REQUIRED -> 401;
          default -> 422;
        };
    return new ApiProblem(status, refused.code(), refused.field(), refused.getMessage());
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  public void respond(Context ctx) {
    if (retryAfterSeconds > 0) {
      ctx.header("Retry-After", Long.toString(retryAfterSeconds));
    }
    ctx.status(status).json(new ApiError(code, field, getMessage()));
  }
}
