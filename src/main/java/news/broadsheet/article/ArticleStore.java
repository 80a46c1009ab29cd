package news.broadsheet.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads and writes stories in the database. The only place that knows the articles table. */
public final class ArticleStore {

  static final String COLUMNS = ArticleRows.COLUMNS;
  /** Readers see published stories alone; written as a literal, so the partial indexes serve. */
  private static final String PUBLISHED = "status = 'published'";

  /** The statements an import runs for every file, prepared once for a whole transaction. */
  public ArticleImportStore importStore(Handle handle) {
    return new ArticleImportStore(handle);
  }

  public Optional<Article> findByKey(Handle handle, StoryKey key) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM articles WHERE source = ? AND published_on = ? AND headline = ?")
        .bind(0, key.source())
        .bind(1, key.publishedOn().toString())
        .bind(2, key.headline())
        .map(ArticleStore::article)
        .findOne();
  }

  public Optional<Article> find(Handle handle, long id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM articles WHERE id = ?")
        .bind(0, id)
        .map(ArticleStore::article)
        .findOne();
  }

  /** What taking a comment on the story needs to know of it, without reading its text. */
  public Optional<CommentingTerms> commentingTerms(Handle handle, long id) {
    return handle
        .createQuery("SELECT published_on, zone, comments_closed, status FROM articles WHERE id = ?")
        .bind(0, id)
        .map(
            (rs, ctx) ->
                new CommentingTerms(
                    LocalDate.parse(rs.getString("published_on")),
                    ZoneId.of(rs.getString("zone")),
                    rs.getBoolean("comments_closed"),
                    StoryStatus.fromCode(rs.getString("status")).orElseThrow()))
        .findOne();
  }

  /** Stores a new story and returns it with its id. */
  public Article insert(Handle handle, Story story, ZoneId zone, long nowMillis) {
    String slug = Slugs.of(story.headline());
    long id =
        handle
            .createUpdate(
                "INSERT INTO articles (source, published_on, headline, byline_authors, updated_on,"
                    + " updated_day_padded, dateline, body, print_publication, print_date, zone, slug,"
                    + " created_at) VALUES (:source, :publishedOn, :headline, :authors, :updatedOn,"
                    + " :padded, :dateline, :body, :publication, :printDate, :zone, :slug, :now)")
            .bindMap(StoryColumns.of(story))
            .bind("zone", zone.getId())
            .bind("slug", slug)
            .bind("now", nowMillis)
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    return new Article(id, story, zone, slug, false);
  }

  /** Replaces a stored story's content (not its identity) with a newer version. */
  public void updateContent(Handle handle, long id, Story story) {
    handle
        .createUpdate(
            "UPDATE articles SET byline_authors = :authors, updated_on = :updatedOn,"
                + " updated_day_padded = :padded, dateline = :dateline, body = :body,"
                + " print_publication = :publication, print_date = :printDate, body_format = :format WHERE id = :id")
        .bindMap(StoryColumns.of(story))
        .bind("id", id)
        .execute();
  }

  /**
   * The next stories the filter takes after the one with id {@code afterId}, in the order of their
   * ids: a keyset page, so that a long walk through all stories holds one page at a time.
   */
  public List<Article> pageAfter(Handle handle, ArticleFilter filter, long afterId, int limit) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM articles WHERE id > :after"
                + " AND (CAST(:source AS TEXT) IS NULL OR source = :source)"
                + " AND (CAST(:since AS TEXT) IS NULL OR published_on >= :since)"
                + " AND (CAST(:id AS BIGINT) IS NULL OR id = :id) AND status IN (<statuses>)"
                + " ORDER BY id LIMIT :limit")
        .bind("after", afterId)
        .bind("source", filter.source())
        .bind("since", filter.since() == null ? null : filter.since().toString())
        .bind("id", filter.articleId())
        .bindList("statuses", filter.statuses().stream().map(StoryStatus::code).sorted().toList())
        .bind("limit", limit)
        .map(ArticleStore::article)
        .list();
  }

  public List<Article> latest(Handle handle, int limit, int offset) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM articles WHERE " + PUBLISHED
                + " ORDER BY published_on DESC, id DESC LIMIT ? OFFSET ?")
        .bind(0, limit)
        .bind(1, offset)
        .map(ArticleStore::article)
        .list();
  }

  /**
   * The latest stories that come after {@code after} in the order of {@link #latest}: newest
   * publication date first, then the highest id. A keyset query, so stories stored meanwhile
   * never shift the pages that follow.
   */
  public List<Article> latestAfter(Handle handle, ArticlePosition after, int limit) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM articles WHERE " + PUBLISHED
                + " AND (published_on < :day OR (published_on = :day AND id < :id))"
                + " ORDER BY published_on DESC, id DESC LIMIT :limit")
        .bind("day", after.publishedOn().toString())
        .bind("id", after.id())
        .bind("limit", limit)
        .map(ArticleStore::article)
        .list();
  }

  public List<Article> publishedOn(Handle handle, LocalDate day) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM articles WHERE " + PUBLISHED + " AND published_on = ? ORDER BY id")
        .bind(0, day.toString())
        .map(ArticleStore::article)
        .list();
  }

  public List<Article> latestOf(Handle handle, String source, int limit, int offset) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM articles WHERE " + PUBLISHED + " AND source = ?"
                + " ORDER BY published_on DESC, id DESC LIMIT ? OFFSET ?")
        .bind(0, source)
        .bind(1, limit)
        .bind(2, offset)
        .map(ArticleStore::article)
        .list();
  }

  public boolean setCommentsClosed(Handle handle, long id, boolean closed) {
    return handle
            .createUpdate("UPDATE articles SET comments_closed = ? WHERE id = ?")
            .bind(0, closed)
            .bind(1, id)
            .execute()
        > 0;
  }

  public ArticleCounts counts(Handle handle) {
    return handle
        .createQuery(
            "SELECT COUNT(*) AS articles, COUNT(DISTINCT source) AS sources,"
                + " MIN(published_on) AS first_date, MAX(published_on) AS last_date FROM articles")
        .map(
            (rs, ctx) ->
                new ArticleCounts(
                    rs.getLong("articles"),
                    rs.getLong("sources"),
                    dateOrNull(rs.getString("first_date")),
                    dateOrNull(rs.getString("last_date"))))
        .one();
  }

  static Article article(ResultSet rs, StatementContext ctx) throws SQLException {
    return ArticleRows.article(rs);
  }

  private static LocalDate dateOrNull(String text) {
    return text == null ? null : LocalDate.parse(text);
  }
}
