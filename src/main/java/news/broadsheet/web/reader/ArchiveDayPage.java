package news.broadsheet.web.reader;

import java.util.List;
import news.broadsheet.web.page.PageMeta;

/** The stories published on one day. */
public record ArchiveDayPage(PageMeta meta, String day, String monthLabel, String monthHref, List<TeaserView> stories) {}
