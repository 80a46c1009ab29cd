package news.broadsheet.web.staff.insight;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.insight.Counts;
import news.broadsheet.insight.Reaction;
import news.broadsheet.insight.Timeline;

/** The chart of a discussion's comments over time, with its table. */
final class ReactionFigures {

  private ReactionFigures() {}

  static Figure overTime(Reaction reaction) {
    Timeline timeline = reaction.timeline();
    Duration step = timeline.step();
    boolean severalDays = !timeline.steps().isEmpty()
        && !timeline.steps().get(0).start().toLocalDate().equals(timeline.steps().get(timeline.steps().size() - 1).start().toLocalDate());
    List<Chart.Column> columns = new ArrayList<>();
    List<List<DataTable.Cell>> rows = new ArrayList<>();
    for (Timeline.Step each : timeline.steps()) {
      Counts counts = each.counts();
      columns.add(new Chart.Column(label(each.start(), step, severalDays), span(each.start(), step),
          counts.published(), counts.pending(), counts.rejected()));
      rows.add(DashboardFigures.statusRow(new DataTable.Cell(span(each.start(), step), each.start().toString(), null), counts));
    }
    long id = reaction.article().id();
    String zone = Wording.zone(reaction.zone());
    String unit = step.toHours() == 1 ? "hour" : step.toHours() == 24 ? "day" : step.toHours() + " hours";
    String title = "Comments by the " + unit + ", from the first comment to the last";
    String description = ReactionPages.summary(reaction) + (timeline.peak() == null ? ""
        : " The most in one hour: " + timeline.peak().counts().written() + ", " + Wording.hour(timeline.peak().start().getHour())
            + " on " + Wording.shortDay(timeline.peak().start().toLocalDate()) + ".");
    return new Figure(
        Chart.of("over-time", title, description, (step.toHours() == 24 ? "Day" : "Time") + " (" + zone + ")", "Comments",
            DashboardPages.STATUSES, columns),
        new DataTable("over-time", title, DashboardFigures.headings(step.toHours() == 24 ? "Day" : "From"),
            DashboardFigures.numeric(), rows, InsightPaths.reactionsCsv(id, "over-time")));
  }

  /** The words under a column: "09:00", "3 Mar 18:00" where the day changes, "3 Mar" for days. */
  private static String label(LocalDateTime start, Duration step, boolean severalDays) {
    if (step.toHours() == 24) {
      return Wording.shortDay(start.toLocalDate());
    }
    boolean newDay = start.getHour() < step.toHours();
    return severalDays && newDay ? Wording.shortDay(start.toLocalDate()) : Wording.clock(start);
  }

  /** The words of a step: "Sat 3 March 2018, 09:00–10:00", or the day. */
  private static String span(LocalDateTime start, Duration step) {
    if (step.toHours() == 24) {
      return Wording.day(start.toLocalDate());
    }
    return Wording.day(start.toLocalDate()) + ", " + Wording.clock(start) + "–" + Wording.clock(start.plus(step));
  }
}
