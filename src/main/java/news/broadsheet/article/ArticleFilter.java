package news.broadsheet.article;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which stories to take: any field left null does not filter.
 *
 * @param statuses the statuses taken; exports take published stories unless told otherwise
 */
public record ArticleFilter(String source, LocalDate since, Long articleId, Set<StoryStatus> statuses) {

  public ArticleFilter {
    Objects.requireNonNull(statuses, "statuses");
    if (statuses.isEmpty()) {
      throw new IllegalArgumentException("a filter takes at least one status");
    }
    statuses = Set.copyOf(statuses);
  }

  /** Published stories, filtered by source, date and id. */
  public ArticleFilter(String source, LocalDate since, Long articleId) {
    this(source, since, articleId, EnumSet.of(StoryStatus.PUBLISHED));
  }

  public static ArticleFilter all() {
    return new ArticleFilter(null, null, null);
  }

  public ArticleFilter withStatuses(Set<StoryStatus> chosen) {
    return new ArticleFilter(source, since, articleId, chosen);
  }
}
