package news.broadsheet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import news.broadsheet.archive.ArchiveFormatException;
import news.broadsheet.archive.ArchiveReader;
import news.broadsheet.archive.ArchivedComment;
import news.broadsheet.archive.ArchivedStory;
import news.broadsheet.article.Slugs;
import news.broadsheet.article.SourceZones;
import news.broadsheet.article.Story;
import news.broadsheet.comment.CommentIdentity;
import org.flywaydb.core.Flyway;

/**
 * The yardstick of the import benchmark: the simplest loader one would write by hand. It reads
 * each file with our {@link ArchiveReader}, then stores it with plain JDBC in one transaction of
 * its own: one INSERT for the article and one INSERT per comment, on a fresh database with our
 * schema (our Flyway scripts) and, on SQLite, our pragmas (WAL, synchronous=FULL, foreign keys).
 * It does no merging: every file must be a new story.
 *
 * <pre>java -cp target/test-classes:target/broadsheet.jar news.broadsheet.bench.ReferenceLoader \
 *     --url jdbc:sqlite:/tmp/ref.db CORPUS_DIR</pre>
 */
public final class ReferenceLoader {

  private static final String INSERT_ARTICLE =
      "INSERT INTO articles (source, published_on, headline, byline_authors, updated_on, updated_day_padded,"
          + " dateline, body, print_publication, print_date, zone, slug, created_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_COMMENT =
      "INSERT INTO comments (article_id, name, posted_at, posted_local, body, status, origin, identity,"
          + " occurrence, created_at) VALUES (?, ?, ?, ?, ?, 'published', 'imported', ?, ?, ?)";

  private final ArchiveReader reader = new ArchiveReader();
  private final SourceZones zones = new SourceZones(ZoneId.of("UTC"), Map.of());

  public static void main(String[] args) throws Exception {
    String url = CorpusGenerator.option(args, "--url", null);
    Path corpus = Path.of(args[args.length - 1]);
    long started = System.nanoTime();
    long comments;
    try (Connection connection = DriverManager.getConnection(url)) {
      comments = new ReferenceLoader().load(connection, url, corpus);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("reference loader: %d comments in %.1f s (%.0f comments/s)%n", comments, seconds, comments / seconds);
  }

  long load(Connection connection, String url, Path corpus) throws Exception {
    prepare(connection, url, url.startsWith("jdbc:sqlite:"));
    connection.setAutoCommit(false);
    long comments = 0;
    try (Stream<Path> walk = Files.walk(corpus);
        PreparedStatement article = connection.prepareStatement(INSERT_ARTICLE, Statement.RETURN_GENERATED_KEYS);
        PreparedStatement comment = connection.prepareStatement(INSERT_COMMENT)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        comments += loadFile(connection, article, comment, file);
      }
    }
    return comments;
  }

  private int loadFile(Connection connection, PreparedStatement article, PreparedStatement comment, Path file)
      throws IOException, ArchiveFormatException, SQLException {
    ArchivedStory archived = reader.read(file);
    Story story = archived.story();
    ZoneId zone = zones.zoneOf(story.source());
    long now = System.currentTimeMillis();
    long articleId = insertArticle(article, story, zone, now);
    Map<String, Integer> seen = new HashMap<>();
    for (ArchivedComment c : archived.comments()) {
      String text = c.text();
      String digest = CommentIdentity.digestOf(c.name(), c.postedLocal(), text);
      comment.setLong(1, articleId);
      comment.setString(2, c.name());
      comment.setLong(3, c.postedLocal().atZone(zone).toInstant().toEpochMilli());
      comment.setString(4, c.postedLocal().toString());
      comment.setString(5, text);
      comment.setString(6, digest);
      comment.setInt(7, seen.merge(digest, 1, Integer::sum) - 1);
      comment.setLong(8, now);
      comment.executeUpdate();
    }
    connection.commit();
    return archived.comments().size();
  }

  private static long insertArticle(PreparedStatement insert, Story story, ZoneId zone, long now)
      throws SQLException {
    insert.setString(1, story.source());
    insert.setString(2, story.publishedOn().toString());
    insert.setString(3, story.headline());
    insert.setString(4, story.byline() == null ? null : story.byline().authors());
    insert.setString(5, story.byline() == null ? null : story.byline().updatedOn().toString());
    if (story.byline() == null) {
      insert.setNull(6, Types.BOOLEAN);
    } else {
      insert.setBoolean(6, story.byline().dayZeroPadded());
    }
    insert.setString(7, story.dateline());
    insert.setString(8, String.join("\n\n", story.paragraphs()));
    insert.setString(9, story.printLine() == null ? null : story.printLine().publication());
    insert.setString(10, story.printLine() == null ? null : story.printLine().date().toString());
    insert.setString(11, zone.getId());
    insert.setString(12, Slugs.of(story.headline()));
    insert.setLong(13, now);
    insert.executeUpdate();
    try (ResultSet keys = insert.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  /** Our schema, by our own Flyway scripts; then, on SQLite, our pragmas on this connection. */
  private static void prepare(Connection connection, String url, boolean sqlite) throws SQLException {
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration/" + (sqlite ? "sqlite" : "postgresql"))
        .load()
        .migrate();
    if (sqlite) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA journal_mode=WAL");
        statement.execute("PRAGMA synchronous=FULL");
        statement.execute("PRAGMA foreign_keys=ON");
      }
    }
  }
}
