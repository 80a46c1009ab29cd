package news.broadsheet.web.reader;

import news.broadsheet.web.page.PageMeta;

/**
 * A story with one page of its discussion and the comment form.
 *
 * @param desk the desk's parts of the page: body HTML, authors, section, tags, lead image, corrections
 * @param form the comment form, null when comments are closed
 * @param csrf the reader's form token, sent back by every form on the page
 * @param notice a message about the reader's last post ("awaits moderation"), or null
 * @param reactionsHref the story's reaction page, for the newsroom's staff; null for readers
 */
public record StoryPage(
    PageMeta meta, StoryView story, StoryDeskView desk, Discussion discussion, CommentForm form, String csrf,
    String notice, String reactionsHref) {

  StoryPage(PageMeta meta, StoryView story, StoryDeskView desk, Discussion discussion, CommentForm form, String csrf,
      String notice) {
    this(meta, story, desk, discussion, form, csrf, notice, null);
  }

  /** The same page with a link to the story's reactions (null: none). */
  StoryPage withReactions(String href) {
    return new StoryPage(meta, story, desk, discussion, form, csrf, notice, href);
  }
}
