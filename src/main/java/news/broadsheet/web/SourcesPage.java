package news.broadsheet.web;

import java.util.List;

/** Every source with how many stories it has. */
public record SourcesPage(PageMeta meta, List<CountLink> sources) {}
