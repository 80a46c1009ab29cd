package news.broadsheet.web.reader;

import java.util.List;
import news.broadsheet.web.page.PageMeta;

/** The front page: the latest stories, newest first, a page at a time. */
public record FrontPage(PageMeta meta, List<TeaserView> stories, PagerView pager, int page) {}
