package news.broadsheet.web.server;

import java.util.List;
import news.broadsheet.web.page.PageMeta;
import news.broadsheet.web.reader.TeaserView;

/** What the reader asked for is not here: where to go instead. */
public record NotFoundPage(PageMeta meta, String path, List<TeaserView> latest) {}
