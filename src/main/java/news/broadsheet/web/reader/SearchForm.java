package news.broadsheet.web.reader;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import news.broadsheet.search.DocumentKind;
import news.broadsheet.search.SearchException;
import news.broadsheet.search.SearchRequest;

/**
 * A search as its address asks it, read the same way by the reader's page and the JSON API:
 * {@code q}, {@code type} (stories or comments), {@code source}, {@code section} (its address
 * name), {@code author}, {@code from} and
 * {@code to} (days, 2024-05-31) and {@code cursor}. What cannot be read is refused with the
 * parameter at fault ({@link SearchException}), never guessed.
 */
public record SearchForm(
    String q, String type, String source, String section, String author, String from, String to, String cursor) {

  /** The longest name of a source or author a search takes. */
  static final int MAX_NAME = 200;

  public static SearchForm of(Context ctx) {
    return new SearchForm(
        trimmed(ctx, "q"), trimmed(ctx, "type"), trimmed(ctx, "source"), trimmed(ctx, "section"), trimmed(ctx, "author"),
        trimmed(ctx, "from"), trimmed(ctx, "to"), trimmed(ctx, "cursor"));
  }

  /** Whether anything was asked: a page without a search shows only the form. */
  public boolean asked() {
    return !q.isEmpty();
  }

  /** The request a page of {@code limit} results makes; SearchException when a parameter cannot be read. */
  public SearchRequest request(int limit) {
    return new SearchRequest(
        q, kinds(), name("source", source), name("section", section), name("author", author), day("from", from), day("to", to),
        cursor.isEmpty() ? null : cursor, limit);
  }

  /** This search again from another page ({@code cursor} null for the first), as a query string. */
  public String query(String otherCursor) {
    StringBuilder query = new StringBuilder();
    append(query, "q", q);
    append(query, "type", type);
    append(query, "source", source);
    append(query, "section", section);
    append(query, "author", author);
    append(query, "from", from);
    append(query, "to", to);
    append(query, "cursor", otherCursor);
    return query.toString();
  }

  private Set<DocumentKind> kinds() {
    return switch (type) {
      case "" -> Set.of();
      case "stories" -> Set.of(DocumentKind.STORY);
      case "comments" -> Set.of(DocumentKind.COMMENT);
      default -> throw new SearchException("type", "type is stories or comments (or left out, for both).");
    };
  }

  private static String name(String field, String value) {
    if (value.length() > MAX_NAME) {
      throw new SearchException(field, "A " + field + " has at most " + MAX_NAME + " characters.");
    }
    return value.isEmpty() ? null : value;
  }

  private static LocalDate day(String field, String value) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException notADay) {
      throw new SearchException(field, field + " is a day written year-month-day, as 2024-05-31.");
    }
  }

  private static void append(StringBuilder query, String name, String value) {
    if (value != null && !value.isEmpty()) {
      query.append(query.isEmpty() ? "" : "&").append(name).append('=')
          .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private static String trimmed(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null ? "" : value.strip();
  }
}
