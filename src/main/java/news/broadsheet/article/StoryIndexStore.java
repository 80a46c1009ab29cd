package news.broadsheet.article;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Counts published stories by month, by day and by source, for the archive pages. */
public final class StoryIndexStore {

  /** Months with stories, newest first. Dates are ISO text, so the month is their first 7 characters. */
  public List<MonthCount> months(Handle handle) {
    return handle
        .createQuery(
            "SELECT SUBSTR(published_on, 1, 7) AS month, COUNT(*) AS n FROM articles"
                + " WHERE status = 'published' GROUP BY SUBSTR(published_on, 1, 7) ORDER BY month DESC")
        .map((rs, ctx) -> new MonthCount(YearMonth.parse(rs.getString("month")), rs.getLong("n")))
        .list();
  }

  /** Days of one month with stories, oldest first. */
  public List<DayCount> days(Handle handle, YearMonth month) {
    return handle
        .createQuery(
            "SELECT published_on, COUNT(*) AS n FROM articles WHERE status = 'published'"
                + " AND published_on >= ? AND published_on <= ?"
                + " GROUP BY published_on ORDER BY published_on")
        .bind(0, month.atDay(1).toString())
        .bind(1, month.atEndOfMonth().toString())
        .map((rs, ctx) -> new DayCount(LocalDate.parse(rs.getString("published_on")), rs.getLong("n")))
        .list();
  }

  /** Every source with its number of stories, by name. */
  public List<SourceCount> sources(Handle handle) {
    return handle
        .createQuery("SELECT source, COUNT(*) AS n FROM articles WHERE status = 'published'"
                + " GROUP BY source ORDER BY source")
        .map((rs, ctx) -> new SourceCount(rs.getString("source"), rs.getLong("n")))
        .list();
  }
}
