package news.broadsheet.web.staff.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import news.broadsheet.insight.Counts;
import news.broadsheet.insight.Dashboard;
import news.broadsheet.insight.DashboardQuery;

/** The dashboard's charts, each with its table. */
final class DashboardFigures {

  private static final List<String> STATUS_HEADINGS = List.of("Published", "Held", "Rejected", "Written");

  private DashboardFigures() {}

  static Figure perDay(Dashboard dashboard, String zone) {
    DashboardQuery query = dashboard.query();
    List<Slot> days = dashboard.days().stream()
        .map(day -> new Slot(Wording.shortDay(day.day()), Wording.day(day.day()), day.day().toString(), day.counts()))
        .toList();
    String title = "Comments per day, " + Wording.shortDay(query.from()) + " – " + Wording.longDay(query.day());
    return byStatus(query, new Labels("per-day", title, "Day", "Day (" + zone + ")"), days, " in " + query.days() + " days",
        busiest -> "; the most on " + busiest.label() + ", " + comments(busiest.counts().written()));
  }

  static Figure perHour(Dashboard dashboard, String zone) {
    DashboardQuery query = dashboard.query();
    List<Slot> hours = dashboard.hours().stream()
        .map(hour -> new Slot(String.format(Locale.ROOT, "%02d", hour.hour()), Wording.hour(hour.hour()),
            Wording.hour(hour.hour()), hour.counts()))
        .toList();
    Labels labels = new Labels("per-hour", "Comments per hour on " + Wording.day(query.day()), "Hour",
        "Hour of the day (" + zone + ")");
    return byStatus(query, labels, hours, " on the day", busiest -> "; the busiest hour " + busiest.label() + ", with " + comments(busiest.counts().written()));
  }

  /** A day's or an hour's comments, by what moderation made of them: its label on the chart, in words and in the table. */
  private record Slot(String shortLabel, String label, String rowLabel, Counts counts) {}

  /** A figure's id (and its CSV's), title, table heading of its first column, and chart axis. */
  private record Labels(String id, String title, String heading, String axis) {}

  private static Figure byStatus(DashboardQuery query, Labels labels, List<Slot> slots, String span,
      Function<Slot, String> busiestPhrase) {
    List<Chart.Column> columns = new ArrayList<>();
    List<List<DataTable.Cell>> rows = new ArrayList<>();
    long total = 0;
    for (Slot slot : slots) {
      Counts counts = slot.counts();
      total += counts.written();
      columns.add(new Chart.Column(slot.shortLabel(), slot.label(), counts.published(), counts.pending(), counts.rejected()));
      rows.add(statusRow(DataTable.Cell.text(slot.rowLabel()), counts));
    }
    Slot busiest = slots.stream().max(Comparator.comparingLong((Slot slot) -> slot.counts().written())).orElseThrow();
    String description = comments(total) + span + (total == 0 ? "." : busiestPhrase.apply(busiest) + ".");
    return new Figure(
        Chart.of(labels.id(), labels.title(), description, labels.axis(), "Comments", DashboardPages.STATUSES, columns),
        new DataTable(labels.id(), labels.title(), headings(labels.heading()), numeric(), rows,
            InsightPaths.dashboardCsv(query, labels.id())));
  }

  private static String comments(long count) {
    return Wording.count(count, "comment", "comments");
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
