package news.broadsheet.article;

import java.time.LocalDate;

/** How many stories are stored, from how many sources, and over which dates (null when none). */
public record ArticleCounts(long articles, long sources, LocalDate firstDate, LocalDate lastDate) {}
