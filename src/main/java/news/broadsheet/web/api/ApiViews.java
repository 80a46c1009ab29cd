package news.broadsheet.web.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.Story;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.ReasonText;

/** The shapes of the JSON API, as documented in {@code /api/v1/openapi.json}. */
final class ApiViews {

  private ApiViews() {}

  static String pathOf(Article article) {
    return "/news/" + article.id() + "/" + article.slug();
  }

  /** One page of a list, and the cursor of the next page (null on the last). */
  record Page<T>(List<T> items, String nextCursor) {}

  /** A story in a list of stories. */
  record ArticleSummary(
      long id,
      String url,
      String source,
      LocalDate publishedOn,
      String headline,
      String authors,
      LocalDate updatedOn,
      String summary,
      long commentCount) {

    static ArticleSummary of(Article article, long commentCount) {
      Story story = article.story();
      return new ArticleSummary(
          article.id(),
          pathOf(article),
          story.source(),
          story.publishedOn(),
          story.headline(),
          story.byline() == null ? null : story.byline().authors(),
          story.byline() == null ? null : story.byline().updatedOn(),
          summaryOf(article),
          commentCount);
    }
  }

  /** A story's summary: its standfirst, else its first paragraph as plain text, or null. */
  static String summaryOf(Article article) {
    if (article.publication().standfirst() != null) {
      return article.publication().standfirst();
    }
    String lead = news.broadsheet.desk.StoryBody.leadOf(article.story());
    return lead.isEmpty() ? null : lead;
  }

  /** A whole story. */
  record ArticleDetail(
      long id,
      String url,
      String source,
      LocalDate publishedOn,
      String headline,
      String authors,
      LocalDate updatedOn,
      String dateline,
      List<String> paragraphs,
      String format,
      String standfirst,
      PrintEdition printEdition,
      String zone,
      boolean commentsOpen,
      long commentCount) {

    static ArticleDetail of(Article article, boolean commentsOpen, long commentCount) {
      Story story = article.story();
      return new ArticleDetail(
          article.id(),
          pathOf(article),
          story.source(),
          story.publishedOn(),
          story.headline(),
          story.byline() == null ? null : story.byline().authors(),
          story.byline() == null ? null : story.byline().updatedOn(),
          story.dateline(),
          story.paragraphs(),
          story.format().code(),
          article.publication().standfirst(),
          story.printLine() == null
              ? null
              : new PrintEdition(story.printLine().publication(), story.printLine().date()),
          article.zone().getId(),
          commentsOpen,
          commentCount);
    }
  }

  /** Where and when a story appeared in print. */
  record PrintEdition(String publication, LocalDate date) {}

  /** A comment with its time in the newsroom's zone. */
  record ApiComment(
      long id,
      long articleId,
      Long parentId,
      String name,
      OffsetDateTime postedAt,
      String text,
      String status,
      List<String> reasons,
      int recommendations) {

    static ApiComment of(Comment comment, ZoneId zone) {
      return new ApiComment(
          comment.id(),
          comment.articleId(),
          comment.parentId(),
          comment.name(),
          comment.postedAt().atZone(zone).toOffsetDateTime(),
          comment.text(),
          comment.status().code(),
          comment.reasons().stream().map(ReasonText::line).toList(),
          comment.recommendations());
    }
  }

  /** What a reader posts. */
  record NewCommentRequest(String name, String text, Long parentId) {}
}
