package news.broadsheet.article;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.storage.Database;
import org.jdbi.v3.core.Handle;

/**
 * The article statements an import runs for a group of files, prepared once for all the files of
 * one transaction and bound with plain JDBC: the same SQL and values as {@link ArticleStore}'s
 * {@code findByKey} and {@code insert}. On PostgreSQL a group's stories are looked up in one
 * query and stored in one batch (one round trip each, not one a file); SQLite, in the process,
 * takes them one by one. Close it before the transaction ends.
 */
public final class ArticleImportStore implements AutoCloseable {

  private static final String FIND_BY_KEY =
      "SELECT " + ArticleStore.COLUMNS + " FROM articles WHERE source = ? AND published_on = ? AND headline = ?";
  private static final String FIND_ALL =
      "SELECT " + ArticleStore.COLUMNS + " FROM articles WHERE (source, published_on, headline) IN"
          + " (SELECT * FROM unnest(CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[])))";
  private static final String INSERT =
      "INSERT INTO articles (source, published_on, headline, byline_authors, updated_on, updated_day_padded,"
          + " dateline, body, print_publication, print_date, zone, slug, created_at, body_format)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final Connection connection;
  private final boolean postgres;
  private PreparedStatement findByKey;
  private PreparedStatement insert;

  ArticleImportStore(Handle handle) {
    this.connection = handle.getConnection();
    this.postgres = Database.isPostgres(handle);
  }

  /** The stories stored under these keys. */
  public Map<StoryKey, Article> findAll(List<StoryKey> keys) {
    Map<StoryKey, Article> found = new HashMap<>();
    try {
      if (!postgres) {
        for (StoryKey key : keys) {
          findByKey(key).ifPresent(article -> found.put(key, article));
        }
        return found;
      }
      try (PreparedStatement query = connection.prepareStatement(FIND_ALL)) {
        query.setArray(1, textArray(keys.stream().map(StoryKey::source).toList()));
        query.setArray(2, textArray(keys.stream().map(key -> key.publishedOn().toString()).toList()));
        query.setArray(3, textArray(keys.stream().map(StoryKey::headline).toList()));
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            Article article = ArticleStore.article(rs, null);
            found.put(article.story().key(), article);
          }
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot look the stories up: " + e.getMessage(), e);
    }
  }

  private Optional<Article> findByKey(StoryKey key) throws SQLException {
    if (findByKey == null) {
      findByKey = connection.prepareStatement(FIND_BY_KEY);
    }
    findByKey.setString(1, key.source());
    findByKey.setString(2, key.publishedOn().toString());
    findByKey.setString(3, key.headline());
    try (ResultSet rs = findByKey.executeQuery()) {
      return rs.next() ? Optional.of(ArticleStore.article(rs, null)) : Optional.empty();
    }
  }

  /** Stores new stories, each in its newsroom's zone, and returns them with their ids, in order. */
  public List<Article> insertAll(List<Story> stories, List<ZoneId> zones, long nowMillis) {
    List<Article> stored = new ArrayList<>(stories.size());
    if (stories.isEmpty()) {
      return stored;
    }
    try {
      if (insert == null) {
        insert = postgres ? connection.prepareStatement(INSERT, new String[] {"id"})
            : connection.prepareStatement(INSERT + " RETURNING id");
      }
      for (int i = 0; i < stories.size(); i++) {
        bind(stories.get(i), zones.get(i), nowMillis);
        if (postgres) {
          insert.addBatch();
          continue;
        }
        try (ResultSet id = insert.executeQuery()) {
          stored.add(article(stories.get(i), zones.get(i), id));
        }
      }
      if (postgres) {
        insert.executeBatch();
        try (ResultSet ids = insert.getGeneratedKeys()) {
          for (int i = 0; i < stories.size(); i++) {
            stored.add(article(stories.get(i), zones.get(i), ids));
          }
        }
      }
      return stored;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store the stories: " + e.getMessage(), e);
    }
  }

  private static Article article(Story story, ZoneId zone, ResultSet ids) throws SQLException {
    if (!ids.next()) {
      throw new SQLException("the database gave no id for a stored story");
    }
    return new Article(ids.getLong(1), story, zone, Slugs.of(story.headline()), false);
  }

  private Array textArray(List<String> values) throws SQLException {
    return connection.createArrayOf("text", values.toArray(String[]::new));
  }

  private void bind(Story story, ZoneId zone, long nowMillis) throws SQLException {
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
    insert.setString(12, Slugs.of(story.headline()));
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
