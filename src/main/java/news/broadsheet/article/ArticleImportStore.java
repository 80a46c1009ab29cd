package news.broadsheet.article;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneId;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The article statements an import runs for every file, prepared once for all the files of one
 * transaction and bound with plain JDBC: the same SQL and values as {@link ArticleStore}'s
 * {@code findByKey} and {@code insert}, without preparing and binding anew for every file.
 * Close it before the transaction ends.
 */
public final class ArticleImportStore implements AutoCloseable {

  private static final String FIND_BY_KEY =
      "SELECT " + ArticleStore.COLUMNS + " FROM articles WHERE source = ? AND published_on = ? AND headline = ?";
  private static final String INSERT =
      "INSERT INTO articles (source, published_on, headline, byline_authors, updated_on, updated_day_padded,"
          + " dateline, body, print_publication, print_date, zone, slug, created_at, body_format)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";

  private final Connection connection;
  private PreparedStatement findByKey;
  private PreparedStatement insert;

  ArticleImportStore(Handle handle) {
    this.connection = handle.getConnection();
  }

  public Optional<Article> findByKey(StoryKey key) {
    try {
      if (findByKey == null) {
        findByKey = connection.prepareStatement(FIND_BY_KEY);
      }
      findByKey.setString(1, key.source());
      findByKey.setString(2, key.publishedOn().toString());
      findByKey.setString(3, key.headline());
      try (ResultSet rs = findByKey.executeQuery()) {
        return rs.next() ? Optional.of(ArticleStore.article(rs, null)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot look the story up: " + e.getMessage(), e);
    }
  }

  /** Stores a new story and returns it with its id. */
  public Article insert(Story story, ZoneId zone, long nowMillis) {
    String slug = Slugs.of(story.headline());
    try {
      if (insert == null) {
        insert = connection.prepareStatement(INSERT);
      }
      bind(story, zone, slug, nowMillis);
      try (ResultSet rs = insert.executeQuery()) {
        rs.next();
        return new Article(rs.getLong(1), story, zone, slug, false);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store the story: " + e.getMessage(), e);
    }
  }

  private void bind(Story story, ZoneId zone, String slug, long nowMillis) throws SQLException {
    Byline byline = story.byline();
    PrintLine printLine = story.printLine();
    insert.setString(1, story.source());
    insert.setString(2, story.publishedOn().toString());
    insert.setString(3, story.headline());
    insert.setString(4, byline == null ? null : byline.authors());
    insert.setString(5, byline == null ? null : byline.updatedOn().toString());
    if (byline == null) {
      insert.setNull(6, Types.BOOLEAN);
    } else {
      insert.setBoolean(6, byline.dayZeroPadded());
    }
    insert.setString(7, story.dateline());
    insert.setString(8, String.join(ArticleRows.PARAGRAPH_SEPARATOR, story.paragraphs()));
    insert.setString(9, printLine == null ? null : printLine.publication());
    insert.setString(10, printLine == null ? null : printLine.date().toString());
    insert.setString(11, zone.getId());
    insert.setString(12, slug);
    insert.setLong(13, nowMillis);
    insert.setString(14, story.format().code());
  }

  @Override
  public void close() {
    try {
      if (findByKey != null) {
        findByKey.close();
      }
      if (insert != null) {
        insert.close();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close the import statements: " + e.getMessage(), e);
    }
  }
}
