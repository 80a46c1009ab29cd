package news.broadsheet.web.page;

import news.broadsheet.article.Article;
import news.broadsheet.desk.StoryDetails;

/**
 * Renders a story's page exactly as readers would get it, from a story that need not be stored
 * as it stands (the desk's preview of unsaved text). The reader's site implements it; the staff
 * area asks.
 */
public interface StoryPreview {

  /** The page's HTML, with a notice at its top that readers do not see it yet. */
  String render(Article article, StoryDetails details);
}
