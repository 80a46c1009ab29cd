package news.broadsheet.desk;

import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleRows;
import org.jdbi.v3.core.Handle;

/** Readers' lists of published stories by section, tag and author, newest first. */
public final class ListingStore {

  private static final String ORDER = " ORDER BY a.published_on DESC, a.id DESC LIMIT :limit OFFSET :offset";

  public List<Article> inSection(Handle handle, long sectionId, int limit, int offset) {
    return page(handle, "SELECT " + ArticleRows.A_COLUMNS + " FROM articles a"
        + " WHERE a.status = 'published' AND a.section_id = :id", sectionId, limit, offset);
  }

  public List<Article> tagged(Handle handle, long tagId, int limit, int offset) {
    return page(handle, "SELECT " + ArticleRows.A_COLUMNS + " FROM story_tags t JOIN articles a ON a.id = t.article_id"
        + " WHERE t.tag_id = :id AND a.status = 'published'", tagId, limit, offset);
  }

  public List<Article> byAuthor(Handle handle, long authorId, int limit, int offset) {
    return page(handle, "SELECT " + ArticleRows.A_COLUMNS + " FROM story_authors s JOIN articles a ON a.id = s.article_id"
        + " WHERE s.author_id = :id AND a.status = 'published'", authorId, limit, offset);
  }

  /** Published stories of the days in [from, to), a page at a time, for sitemaps. */
  public List<SitemapEntry> changedBetween(Handle handle, String fromDay, String toDay, int limit, int offset) {
    return handle
        .createQuery("SELECT id, slug, headline, published_on, published_at, updated_at, zone FROM articles"
            + " WHERE status = 'published' AND published_on >= :from AND published_on < :to"
            + " ORDER BY published_on, id LIMIT :limit OFFSET :offset")
        .bind("from", fromDay)
        .bind("to", toDay)
        .bind("limit", limit)
        .bind("offset", offset)
        .map((rs, ctx) -> new SitemapEntry(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
            java.time.LocalDate.parse(rs.getString("published_on")), ArticleRows.instant(rs, "published_at"),
            ArticleRows.instant(rs, "updated_at"), java.time.ZoneId.of(rs.getString("zone"))))
        .list();
  }

  /** Months with published stories, newest first, with the latest change of any of their stories. */
  public List<SitemapMonth> sitemapMonths(Handle handle) {
    return handle
        .createQuery("SELECT SUBSTR(published_on, 1, 7) AS month, COUNT(*) AS n, MAX(published_on) AS last_day,"
            + " MAX(COALESCE(updated_at, published_at, 0)) AS last_change, MIN(zone) AS zone FROM articles"
            + " WHERE status = 'published' GROUP BY SUBSTR(published_on, 1, 7) ORDER BY month DESC")
        .map((rs, ctx) -> {
          java.time.Instant dayStart = java.time.LocalDate.parse(rs.getString("last_day"))
              .atStartOfDay(java.time.ZoneId.of(rs.getString("zone"))).toInstant();
          java.time.Instant change = java.time.Instant.ofEpochMilli(rs.getLong("last_change"));
          return new SitemapMonth(java.time.YearMonth.parse(rs.getString("month")), rs.getLong("n"),
              change.isAfter(dayStart) ? change : dayStart);
        })
        .list();
  }

  private static List<Article> page(Handle handle, String select, long id, int limit, int offset) {
    return handle.createQuery(select + ORDER).bind("id", id).bind("limit", limit).bind("offset", offset)
        .map((rs, ctx) -> ArticleRows.article(rs)).list();
  }
}
