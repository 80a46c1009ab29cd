package news.broadsheet.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import news.broadsheet.comment.InvalidCommentException;
import news.broadsheet.web.page.ErrorStatus;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

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

  /** A request the server will take later: too many of the client's, or of everyone's, at once. */
  static ApiProblem busy(int status, String code, String message, long retryAfterSeconds) {
    return new ApiProblem(status, code, null, message, retryAfterSeconds);
  }

  /** The database cannot take the request for now: nothing was stored; try again later. */
  public static ApiProblem unavailable(long retryAfterSeconds) {
    return new ApiProblem(503, "unavailable", null,
        "The site cannot store or read this just now, and nothing was stored; please try again in "
            + retryAfterSeconds + " s.", retryAfterSeconds);
  }

  /** A story the newsroom has taken off the site. */
  static ApiProblem gone() {
    return new ApiProblem(410, "gone", null, "This story has been taken off the site.");
  }

  static ApiProblem badParameter(String field, String message) {
    return new ApiProblem(400, "bad_parameter", field, message);
  }

  /** The answer to a comment or recommendation refused, by the status {@link ErrorStatus} gives its error. */
  public static ApiProblem of(InvalidCommentException refused) {
    return new ApiProblem(ErrorStatus.of(refused.error()), refused.error().code(), refused.field(), refused.getMessage(),
        refused.retryAfterSeconds());
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  /** Answers before the router does (at the Jetty level), as {@link #respond} would. */
  void answer(Response response, Callback callback, ObjectMapper json) throws JsonProcessingException {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    if (retryAfterSeconds > 0) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(retryAfterSeconds));
    }
    response.write(true, ByteBuffer.wrap(json.writeValueAsBytes(new ApiError(code, field, getMessage()))), callback);
  }

  public void respond(Context ctx) {
    if (retryAfterSeconds > 0) {
      ctx.header("Retry-After", Long.toString(retryAfterSeconds));
    }
    ctx.status(status).json(new ApiError(code, field, getMessage()));
  }
}
