package news.broadsheet.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A published story as sitemaps list it.
 *
 * @param publishedAt when the desk published it, or null (archived stories have a date alone)
 * @param updatedAt its latest published update, or null
 */
public record SitemapEntry(long id, String slug, String headline, LocalDate publishedOn, Instant publishedAt,
    Instant updatedAt, ZoneId zone) {

  /** When it last changed for readers: its update, its publication, or the start of its day. */
  public Instant lastModified() {
    if (updatedAt != null) {
      return updatedAt;
    }
    return publishedAt != null ? publishedAt : publishedOn.atStartOfDay(zone).toInstant();
  }
}
