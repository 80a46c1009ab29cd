package news.broadsheet.web.reader;

import java.util.List;
import news.broadsheet.web.page.PageMeta;

/** The days of one month that have stories. */
public record ArchiveMonthPage(PageMeta meta, String month, List<CountLink> days) {}
