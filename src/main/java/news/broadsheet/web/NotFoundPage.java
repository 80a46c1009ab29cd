package news.broadsheet.web;

import java.util.List;

/** What the reader asked for is not here: where to go instead. */
public record NotFoundPage(PageMeta meta, String path, List<TeaserView> latest) {}
