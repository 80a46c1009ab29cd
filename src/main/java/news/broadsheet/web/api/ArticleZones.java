package news.broadsheet.web.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.ZoneId;
import java.util.Optional;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleService;
import news.broadsheet.article.StoryStatus;

/**
 * The newsroom zone of each story, in which the API gives comment times. A story's zone never
 * changes, so it is looked up once and remembered.
 */
final class ArticleZones {

  private final ArticleService articles;
  private final Cache<Long, ZoneId> zones = Caffeine.newBuilder().maximumSize(50_000).build();

  ArticleZones(ArticleService articles) {
    this.articles = articles;
  }

  /** The story's zone, when readers see it (published); empty when there is no such story for them. */
  Optional<ZoneId> ofPublished(long articleId) {
    return articles.status(articleId).filter(status -> status == StoryStatus.PUBLISHED).flatMap(status -> of(articleId));
  }

  /** The story's zone; empty when there is no such story. */
  Optional<ZoneId> of(long articleId) {
    return Optional.ofNullable(
        zones.get(articleId, id -> articles.find(id).map(Article::zone).orElse(null)));
  }
}
