package news.broadsheet.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * How a story is read from a row of the articles table: the columns to select and the mapping.
 * Shared by every store that lists stories (the archive's, the desk's).
 */
public final class ArticleRows {

  /** The columns {@link #article} reads, for {@code SELECT} lists on the articles table. */
  public static final String COLUMNS =
      "id, source, published_on, headline, byline_authors, updated_on, updated_day_padded,"
          + " dateline, body, print_publication, print_date, zone, slug, comments_closed,"
          + " status, body_format, standfirst, published_at, updated_at";

  /** {@link #COLUMNS} of the table under the alias {@code a}, for joins. */
  public static final String A_COLUMNS = "a." + COLUMNS.replace(", ", ", a.");

  static final String PARAGRAPH_SEPARATOR = "\n\n";

  private ArticleRows() {}

  public static Article article(ResultSet rs) throws SQLException {
    Story story =
        new Story(
            rs.getString("source"),
            LocalDate.parse(rs.getString("published_on")),
            rs.getString("headline"),
            byline(rs),
            rs.getString("dateline"),
            paragraphs(rs.getString("body")),
            printLine(rs),
            BodyFormat.fromCode(rs.getString("body_format")));
    Publication publication =
        new Publication(
            StoryStatus.fromCode(rs.getString("status")).orElseThrow(),
            rs.getString("standfirst"),
            instant(rs, "published_at"),
            instant(rs, "updated_at"));
    return new Article(
        rs.getLong("id"),
        story,
        ZoneId.of(rs.getString("zone")),
        rs.getString("slug"),
        rs.getBoolean("comments_closed"),
        publication);
  }

  static List<String> paragraphs(String body) {
    return body.isEmpty() ? List.of() : Arrays.asList(body.split(PARAGRAPH_SEPARATOR, -1));
  }

  private static Byline byline(ResultSet rs) throws SQLException {
    String authors = rs.getString("byline_authors");
    String updatedOn = rs.getString("updated_on");
    return updatedOn == null ? null : new Byline(authors, LocalDate.parse(updatedOn), rs.getBoolean("updated_day_padded"));
  }

  private static PrintLine printLine(ResultSet rs) throws SQLException {
    String printDate = rs.getString("print_date");
    return printDate == null ? null : new PrintLine(rs.getString("print_publication"), LocalDate.parse(printDate));
  }

  /** An instant column of epoch milliseconds, or null. */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }
}
