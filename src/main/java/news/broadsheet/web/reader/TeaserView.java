package news.broadsheet.web.reader;

import news.broadsheet.article.Article;

/** A story in a list: its headline, byline, date, first paragraph and how many comments it has. */
public record TeaserView(StoryView story, long comments) {

  static TeaserView of(Article article, long comments) {
    return new TeaserView(StoryView.of(article), comments);
  }

  public String commentsLabel() {
    return comments == 1 ? "1 comment" : comments + " comments";
  }

  public String commentsPath() {
    return story.path() + "#comments";
  }
}
