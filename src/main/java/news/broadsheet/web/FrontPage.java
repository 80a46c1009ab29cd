package news.broadsheet.web;

import java.util.List;

/** The front page: the latest stories, newest first, a page at a time. */
public record FrontPage(PageMeta meta, List<TeaserView> stories, PagerView pager, int page) {}
