package news.broadsheet.article;

import java.time.LocalDate;
import java.util.Objects;

/** Where a story stands in the list of latest stories: its publication date, then its id. */
public record ArticlePosition(LocalDate publishedOn, long id) {

  public ArticlePosition {
    Objects.requireNonNull(publishedOn, "publishedOn");
  }

  public static ArticlePosition of(Article article) {
    return new ArticlePosition(article.story().publishedOn(), article.id());
  }
}
