package news.broadsheet.web.staff.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import news.broadsheet.insight.Counts;
import news.broadsheet.insight.Dashboard;
import news.broadsheet.insight.DashboardQuery;

/** The dashboard's charts, each with its table. */
final class DashboardFigures {

  private static final List<String> STATUS_HEADINGS = List.of("Published", "Held", "Rejected", "Written");

  private DashboardFigures() {}

  static Figure perDay(Dashboard dashboard, String zone) {
    DashboardQuery query = dashboard.query();
    List<Chart.Column> columns = new ArrayList<>();
    List<List<DataTable.Cell>> rows = new ArrayList<>();
    long total = 0;
    for (Dashboard.DayCount day : dashboard.days()) {
      Counts counts = day.counts();
      total += counts.written();
      columns.add(new Chart.Column(Wording.shortDay(day.day()), Wording.day(day.day()),
          counts.published(), counts.pending(), counts.rejected()));
      rows.add(statusRow(DataTable.Cell.text(day.day().toString()), counts));
    }
    Dashboard.DayCount busiest = dashboard.days().stream()
        .max(Comparator.comparingLong((Dashboard.DayCount day) -> day.counts().written())).orElseThrow();
    String title = "Comments per day, " + Wording.shortDay(query.from()) + " – " + Wording.longDay(query.day());
    String description = Wording.count(total, "comment", "comments") + " in " + query.days() + " days"
        + (total == 0 ? "." : "; the most on " + Wording.day(busiest.day()) + ", "
            + Wording.count(busiest.counts().written(), "comment", "comments") + ".");
    return new Figure(
        Chart.of("per-day", title, description, "Day (" + zone + ")", "Comments", DashboardPages.STATUSES, columns),
        new DataTable("per-day", title, headings("Day"), numeric(), rows, InsightPaths.dashboardCsv(query, "per-day")));
  }

  static Figure perHour(Dashboard dashboard, String zone) {
    DashboardQuery query = dashboard.query();
    List<Chart.Column> columns = new ArrayList<>();
    List<List<DataTable.Cell>> rows = new ArrayList<>();
    long total = 0;
    for (Dashboard.HourCount hour : dashboard.hours()) {
      Counts counts = hour.counts();
      total += counts.written();
      columns.add(new Chart.Column(String.format(java.util.Locale.ROOT, "%02d", hour.hour()), Wording.hour(hour.hour()),
          counts.published(), counts.pending(), counts.rejected()));
      rows.add(statusRow(DataTable.Cell.text(Wording.hour(hour.hour())), counts));
    }
    Dashboard.HourCount busiest = dashboard.hours().stream()
        .max(Comparator.comparingLong((Dashboard.HourCount hour) -> hour.counts().written())).orElseThrow();
    String title = "Comments per hour on " + Wording.day(query.day());
    String description = Wording.count(total, "comment", "comments") + " on the day"
        + (total == 0 ? "." : "; the busiest hour " + Wording.hour(busiest.hour()) + ", with "
            + Wording.count(busiest.counts().written(), "comment", "comments") + ".");
    return new Figure(
        Chart.of("per-hour", title, description, "Hour of the day (" + zone + ")", "Comments", DashboardPages.STATUSES, columns),
        new DataTable("per-hour", title, headings("Hour"), numeric(), rows, InsightPaths.dashboardCsv(query, "per-hour")));
  }

  static Figure pending(Dashboard dashboard, String zone) {
    DashboardQuery query = dashboard.query();
    List<Chart.Column> columns = new ArrayList<>();
    List<List<DataTable.Cell>> rows = new ArrayList<>();
    long most = 0;
    for (Dashboard.DayPending day : dashboard.workload().pending()) {
      most = Math.max(most, day.pending());
      columns.add(new Chart.Column(Wording.shortDay(day.day()), Wording.day(day.day()), day.pending()));
      rows.add(List.of(DataTable.Cell.text(day.day().toString()), DataTable.Cell.number(day.pending())));
    }
    String title = "Comments waiting for a moderator at the end of each day";
    String description = "At most " + Wording.count(most, "comment", "comments") + " waited at the end of a day in the "
        + query.days() + " days to " + Wording.longDay(query.day()) + "; " + Scale.number(dashboard.workload().waitingNow())
        + " wait now.";
    return new Figure(
        Chart.of("pending", title, description, "Day (" + zone + ")", "Comments waiting",
            List.of(new Chart.Series("Waiting", "series-1")), columns),
        new DataTable("pending", title, List.of("Day", "Waiting"), List.of(false, true), rows,
            InsightPaths.dashboardCsv(query, "pending")));
  }

  static List<DataTable.Cell> statusRow(DataTable.Cell first, Counts counts) {
    return List.of(first, DataTable.Cell.number(counts.published()), DataTable.Cell.number(counts.pending()),
        DataTable.Cell.number(counts.rejected()), DataTable.Cell.number(counts.written()));
  }

  static List<String> headings(String first) {
    List<String> headings = new ArrayList<>(List.of(first));
    headings.addAll(STATUS_HEADINGS);
    return headings;
  }

  static List<Boolean> numeric() {
    return List.of(false, true, true, true, true);
  }
}
