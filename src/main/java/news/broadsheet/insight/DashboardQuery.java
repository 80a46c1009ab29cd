package news.broadsheet.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * What the dashboard shows: the day it looks at, the period of days that ends on it, and the
 * source it is narrowed to (null: every source).
 */
public record DashboardQuery(LocalDate day, int days, String source) {

  /** The lengths of period the dashboard offers, in days. */
  public static final List<Integer> PERIODS = List.of(7, 30, 90);
  public static final int WEEK = 7;

  public DashboardQuery {
    if (day == null) {
      throw new IllegalArgumentException("a dashboard needs a day");
    }
    if (!PERIODS.contains(days)) {
      throw new IllegalArgumentException("a period is one of " + PERIODS + " days, not " + days);
    }
    if (source != null && source.isBlank()) {
      source = null;
    }
  }

  /** The first day of the period. */
  public LocalDate from() {
    return day.minusDays(days - 1L);
  }

  /** The first day of the week that ends on the day. */
  public LocalDate weekFrom() {
    return day.minusDays(WEEK - 1L);
  }

  /** The first day read: of the period or of the week, whichever starts earlier. */
  LocalDate earliest() {
    return from().isBefore(weekFrom()) ? from() : weekFrom();
  }
}
