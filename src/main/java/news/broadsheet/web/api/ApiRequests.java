package news.broadsheet.web.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import news.broadsheet.comment.CommentSort;
import news.broadsheet.web.page.LoginSessions;
import news.broadsheet.web.page.ReaderCookies;

/** Reads and checks what a JSON API request carries: ids, list parameters and bodies. */
final class ApiRequests {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;
  /** The largest request body taken, in bytes. */
  static final int MAX_BODY = 64 * 1024;
  /** The header a program that sends the reader's cookies puts the form token in. */
  static final String FORM_TOKEN_HEADER = "X-Form-Token";
  private static final String NOT_AN_OBJECT =
      "The body must be a JSON object such as {\"name\": \"Ayesha\", \"text\": \"Well argued.\"}.";

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

  /**
   * The JSON body as the given type: 415 unless it is sent as JSON, 413 when over {@link
   * #MAX_BODY}, 400 when not that JSON, with a message of our own words (the parser's name classes
   * and internals, which are not the client's business).
   */
  static <T> T body(Context ctx, ObjectMapper mapper, Class<T> type) {
    return body(ctx, mapper, type, MAX_BODY);
  }

  /** The JSON body as the given type: 415 unless sent as JSON, 413 when over {@code maxBytes}, 400 when not that JSON. */
  static <T> T body(Context ctx, ObjectMapper mapper, Class<T> type, int maxBytes) {
    requireJson(ctx);
    byte[] bytes = limitedBody(ctx, maxBytes);
    try {
      T value = mapper.readValue(bytes, type);
      if (value == null) {
        throw malformed(null, NOT_AN_OBJECT);
      }
      return value;
    } catch (JsonParseException notJson) {
      throw malformed(null, "The body is not JSON (it breaks off or goes wrong at line "
          + notJson.getLocation().getLineNr() + ", column " + notJson.getLocation().getColumnNr() + ").");
    } catch (MismatchedInputException wrongShape) {
      String field = wrongShape.getPath().isEmpty() ? null : wrongShape.getPath().get(0).getFieldName();
      throw field == null ? malformed(null, NOT_AN_OBJECT) : malformed(field, "The field " + field + " has the wrong type.");
    } catch (JacksonException notThatJson) {
      throw malformed(null, NOT_AN_OBJECT);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** 415 for a request whose body is not declared JSON: no form of another site's page can send it. */
  static void requireJson(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (!type.equals("application/json") && !(type.startsWith("application/") && type.endsWith("+json"))) {
      throw new ApiProblem(415, "unsupported_media_type", null,
          "This request takes a JSON body: send it with Content-Type: application/json.");
    }
  }

  /**
   * Refuses (403) a request that another site's page made the reader's browser send: one whose
   * browser says it comes from another site ({@code Sec-Fetch-Site} other than same-origin), or
   * that carries the reader's cookies without the browser vouching for it nor the form token in
   * {@value #FORM_TOKEN_HEADER}: the same check the site's forms have. Programs that send no
   * cookies are not affected.
   */
  static void requireFromThisSite(Context ctx, ReaderCookies cookies) {
    String fetchSite = ctx.header("Sec-Fetch-Site");
    boolean otherSite = fetchSite != null && !fetchSite.equals("same-origin");
    boolean withCookies = ctx.cookie(LoginSessions.COOKIE) != null || ctx.cookie(ReaderCookies.READER) != null;
    if (otherSite || (withCookies && !cookies.isFromThisSite(ctx, ctx.header(FORM_TOKEN_HEADER)))) {
      throw new ApiProblem(403, "cross_site", null,
          "This request came from another site's page; the API takes it from this site's pages and from programs.");
    }
  }

  private static byte[] limitedBody(Context ctx, int maxBytes) {
    if (ctx.req().getContentLengthLong() > maxBytes) {
      throw tooLarge(maxBytes);
    }
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] bytes = in.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw tooLarge(maxBytes);
      }
      return bytes;
    } catch (IOException unreadable) {
      throw malformed(null, "The request body could not be read.");
    }
  }

  private static ApiProblem malformed(String field, String message) {
    return new ApiProblem(400, "malformed_json", field, message);
  }

  private static ApiProblem tooLarge(int maxBytes) {
    return new ApiProblem(413, "too_large", null, "Requests can be at most " + maxBytes / 1024 + " KB.");
  }
}
