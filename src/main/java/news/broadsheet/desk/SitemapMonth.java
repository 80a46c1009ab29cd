package news.broadsheet.desk;

import java.time.Instant;
import java.time.YearMonth;

/** A month of published stories as the sitemap index lists it: how many, and when any of them last changed. */
public record SitemapMonth(YearMonth month, long stories, Instant lastModified) {}
