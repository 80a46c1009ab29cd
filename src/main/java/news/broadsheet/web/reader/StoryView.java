package news.broadsheet.web.reader;

import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.Story;
import news.broadsheet.web.page.Paths;

/**
 * A story as its page shows it.
 *
 * @param authors the byline's names, or null when the story has none
 * @param updated the "Updated" date as printed, or null
 * @param printLine "Published in Dawn, March 3rd, 2018", or null
 */
public record StoryView(
    long id,
    String path,
    String headline,
    String authors,
    String updated,
    String updatedIso,
    String published,
    String publishedIso,
    String dateline,
    List<String> paragraphs,
    String printLine,
    String source,
    String sourcePath) {

  static StoryView of(Article article) {
    Story story = article.story();
    boolean hasByline = story.byline() != null;
    return new StoryView(
        article.id(),
        Paths.story(article),
        story.headline(),
        hasByline && !story.byline().authors().isBlank() ? story.byline().authors() : null,
        hasByline ? NewspaperDates.bylineDate(story.byline().updatedOn(), story.byline().dayZeroPadded()) : null,
        hasByline ? story.byline().updatedOn().toString() : null,
        NewspaperDates.longDate(story.publishedOn()),
        story.publishedOn().toString(),
        story.dateline(),
        story.paragraphs(),
        story.printLine() == null
            ? null
            : "Published in " + story.printLine().publication() + ", " + NewspaperDates.printDate(story.printLine().date()),
        story.source(),
        Paths.source(story.source()));
  }

  /** The first paragraph, for teasers and descriptions ("" when the story has no body). */
  public String lead() {
    return paragraphs.isEmpty() ? "" : paragraphs.get(0);
  }
}
