package news.broadsheet.article;

import java.time.LocalDate;

/** Which stories to take: any field left null does not filter. */
public record ArticleFilter(String source, LocalDate since, Long articleId) {
  public static ArticleFilter all() {
    return new ArticleFilter(null, null, null);
  }
}
