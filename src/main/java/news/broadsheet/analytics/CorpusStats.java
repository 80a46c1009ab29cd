package news.broadsheet.analytics;

import java.time.LocalDate;

/**
 * What the archive holds: stories, comments of every status, sources, and the first and last
 * publication dates (null when there are no stories).
 */
public record CorpusStats(
    long articles, long comments, long sources, LocalDate firstDate, LocalDate lastDate) {}
