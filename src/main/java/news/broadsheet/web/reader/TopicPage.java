package news.broadsheet.web.reader;

import java.util.List;
import news.broadsheet.web.page.PageMeta;

/**
 * The stories of a section, a tag or an author, newest first, a page at a time.
 *
 * @param kind what the page lists: "Section", "Tag", "Author"
 * @param intro the author's biography, or null
 * @param feed the address of the page's Atom feed
 */
public record TopicPage(PageMeta meta, String kind, String name, String intro, String feed, List<TeaserView> stories,
    PagerView pager) {}
