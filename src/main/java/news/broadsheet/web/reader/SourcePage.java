package news.broadsheet.web.reader;

import java.util.List;
import news.broadsheet.web.page.PageMeta;

/** One source's stories, newest first, a page at a time. */
public record SourcePage(PageMeta meta, String source, List<TeaserView> stories, PagerView pager) {}
