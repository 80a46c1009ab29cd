package news.broadsheet.desk;

import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.Story;

/** A stored story as the desk edits it, from its row and its authors and tags. */
final class DeskStories {

  private DeskStories() {}

  static DeskStory of(DeskRow row, List<String> authors, List<String> tags) {
    Article article = row.article();
    Story story = article.story();
    CommentsMode mode = article.commentsClosed() ? CommentsMode.CLOSED : row.commentsMode();
    List<String> names = authors.isEmpty() && story.byline() != null ? story.byline().authorNames() : authors;
    StoryDraft content =
        new StoryDraft(
            story.headline(),
            article.publication().standfirst(),
            names,
            story.dateline(),
            row.sectionSlug(),
            tags,
            story.body(),
            story.printLine() == null ? "" : story.printLine().publication(),
            story.printLine() == null ? null : story.printLine().date(),
            mode,
            row.leadMedia());
    return new DeskStory(
        article.id(),
        article.status(),
        row.revision(),
        content,
        story.format(),
        article.slug(),
        story.source(),
        article.zone(),
        story.byline(),
        story.publishedOn(),
        article.publication().publishedAt(),
        article.publication().updatedAt(),
        row.publishAt(),
        row.createdBy(),
        row.modifiedAt());
  }
}
