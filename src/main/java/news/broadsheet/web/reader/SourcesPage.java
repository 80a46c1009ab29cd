package news.broadsheet.web.reader;

import java.util.List;
import news.broadsheet.web.page.PageMeta;

/** Every source with how many stories it has. */
public record SourcesPage(PageMeta meta, List<CountLink> sources) {}
