package news.broadsheet.web;

import java.util.List;

/** One source's stories, newest first, a page at a time. */
public record SourcePage(PageMeta meta, String source, List<TeaserView> stories, PagerView pager) {}
