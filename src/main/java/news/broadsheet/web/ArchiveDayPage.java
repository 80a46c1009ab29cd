package news.broadsheet.web;

import java.util.List;

/** The stories published on one day. */
public record ArchiveDayPage(PageMeta meta, String day, String monthLabel, String monthHref, List<TeaserView> stories) {}
