package news.broadsheet.article;

import java.time.LocalDate;

/** How many stories were published on one day. */
public record DayCount(LocalDate day, long stories) {}
