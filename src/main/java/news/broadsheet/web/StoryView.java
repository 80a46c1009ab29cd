package news.broadsheet.web;

import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.Story;

/** A story as pages show it. */
public record StoryView(long id, String path, Story story, String bylineText, String updatedText, String printText) {

  static StoryView of(Article article) {
    Story story = article.story();
    return new StoryView(
        article.id(),
        "/news/" + article.id() + "/" + article.slug(),
        story,
        story.byline() == null ? null : story.byline().authors(),
        story.byline() == null ? null : NewspaperDates.longDate(story.byline().updatedOn()),
        story.printLine() == null
            ? null
            : "Published in " + story.printLine().publication() + ", "
                + NewspaperDates.longDate(story.printLine().date()));
  }

  public List<String> paragraphs() {
    return story.paragraphs();
  }
}
