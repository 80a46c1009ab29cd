package news.broadsheet.article;

import java.time.YearMonth;

/** How many stories were published in one month. */
public record MonthCount(YearMonth month, long stories) {}
