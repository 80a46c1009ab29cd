package news.broadsheet.web.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import news.broadsheet.article.ArticlePosition;
import news.broadsheet.comment.CommentPosition;
import news.broadsheet.comment.CommentSort;

/**
 * Opaque page cursors of the JSON API: the sort key of the last item of a page, so the next page
 * starts right after it however many items were stored meanwhile. A cursor names its order and
 * is refused in another.
 */
final class Cursors {

  private static final String ARTICLES = "articles";

  private Cursors() {}

  static String of(ArticlePosition position) {
    return encode(ARTICLES + "," + position.publishedOn() + "," + position.id());
  }

  static ArticlePosition article(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    String[] parts = decode(cursor);
    try {
      if (parts.length == 3 && parts[0].equals(ARTICLES)) {
        return new ArticlePosition(LocalDate.parse(parts[1]), Long.parseLong(parts[2]));
      }
    } catch (NumberFormatException | DateTimeParseException malformed) {
      // answered below
    }
    throw invalid();
  }

  static String of(CommentSort sort, CommentPosition position) {
    return encode(
        sort.code() + "," + position.recommendations() + "," + position.postedAt().toEpochMilli() + "," + position.id());
  }

  static CommentPosition comment(String cursor, CommentSort sort) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    String[] parts = decode(cursor);
    try {
      if (parts.length == 4 && parts[0].equals(sort.code())) {
        return new CommentPosition(
            Integer.parseInt(parts[1]), Instant.ofEpochMilli(Long.parseLong(parts[2])), Long.parseLong(parts[3]));
      }
    } catch (NumberFormatException malformed) {
      // answered below
    }
    throw invalid();
  }

  private static String encode(String key) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  private static String[] decode(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(",", -1);
    } catch (IllegalArgumentException notBase64) {
      throw invalid();
    }
  }

  private static ApiProblem invalid() {
    return ApiProblem.badParameter(
        "cursor", "This cursor is not one the API gave out for this list and order; start again without one.");
  }
}
