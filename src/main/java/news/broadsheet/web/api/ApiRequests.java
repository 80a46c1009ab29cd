package news.broadsheet.web.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import news.broadsheet.comment.CommentSort;

/** Reads and checks what a JSON API request carries: ids, list parameters and bodies. */
final class ApiRequests {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;
  /** The largest request body taken, in bytes. */
  static final int MAX_BODY = 64 * 1024;

  private ApiRequests() {}

  /** A numeric path id; anything else names nothing here. */
  static long id(Context ctx, String what) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException notANumber) {
      throw ApiProblem.notFound("There is no such " + what + ".");
    }
  }

  static int limit(Context ctx) {
    String text = ctx.queryParam("limit");
    if (text == null || text.isEmpty()) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw ApiProblem.badParameter("limit", "limit must be a whole number from 1 to " + MAX_LIMIT + ".");
  }

  static CommentSort sort(Context ctx) {
    String text = ctx.queryParam("sort");
    if (text == null || text.isEmpty()) {
      return CommentSort.OLDEST;
    }
    return CommentSort.fromCode(text)
        .orElseThrow(() -> ApiProblem.badParameter("sort", "sort must be oldest, newest or recommended."));
  }

  /** The JSON body as the given type: 413 when over {@link #MAX_BODY}, 400 when not that JSON. */
  static <T> T body(Context ctx, ObjectMapper mapper, Class<T> type) {
    byte[] bytes = limitedBody(ctx);
    try {
      T value = mapper.readValue(bytes, type);
      if (value == null) {
        throw malformed("The body must be a JSON object.");
      }
      return value;
    } catch (JacksonException notJson) {
      throw malformed("The body is not the JSON object this request takes: " + notJson.getOriginalMessage());
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static byte[] limitedBody(Context ctx) {
    if (ctx.req().getContentLengthLong() > MAX_BODY) {
      throw tooLarge();
    }
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw tooLarge();
      }
      return bytes;
    } catch (IOException unreadable) {
      throw malformed("The request body could not be read.");
    }
  }

  private static ApiProblem malformed(String message) {
    return new ApiProblem(400, "malformed_json", null, message);
  }

  private static ApiProblem tooLarge() {
    return new ApiProblem(413, "too_large", null, "Requests can be at most " + MAX_BODY / 1024 + " KB.");
  }
}
