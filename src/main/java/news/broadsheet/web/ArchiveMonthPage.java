package news.broadsheet.web;

import java.util.List;

/** The days of one month that have stories. */
public record ArchiveMonthPage(PageMeta meta, String month, List<CountLink> days) {}
