package news.broadsheet.web.staff.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.analytics.CorpusStats;
import news.broadsheet.insight.Dashboard;
import news.broadsheet.insight.DashboardQuery;
import news.broadsheet.web.staff.StaffFrame;

/** Puts the dashboard's figures into a page: words, charts and tables. */
final class DashboardPages {

  static final List<Chart.Series> STATUSES = List.of(
      new Chart.Series("Published", "series-0"), new Chart.Series("Held", "series-1"), new Chart.Series("Rejected", "series-2"));

  private DashboardPages() {}

  static DashboardPage page(StaffFrame frame, Dashboard dashboard, LocalDate today) {
    DashboardQuery query = dashboard.query();
    String zone = Wording.zone(dashboard.zone());
    return new DashboardPage(
        frame,
        Wording.day(query.day()) + (query.source() == null ? "" : " · " + query.source()),
        controls(dashboard, today),
        dashboard.sharedZone()
            ? "Days and hours are the newsroom's: " + zone + "."
            : "The stories come from newsrooms in several zones: each comment counts in its own newsroom's day and hour.",
        archive(dashboard.archive()),
        empty(dashboard),
        DashboardFigures.perDay(dashboard, zone),
        DashboardFigures.perHour(dashboard, zone),
        DashboardTables.stories(query, "stories-of-day", "Most discussed stories on " + Wording.longDay(query.day()),
            dashboard.storiesOfDay()),
        DashboardTables.stories(query, "stories-of-week", "Most discussed stories in the week "
            + Wording.shortDay(query.weekFrom()) + " – " + Wording.longDay(query.day()), dashboard.storiesOfWeek()),
        commenters(dashboard.commenters()),
        DashboardTables.mostActive(query, dashboard.commenters().mostActive()),
        workload(dashboard.workload()),
        DashboardFigures.pending(dashboard, zone),
        DashboardTables.reasons(query, dashboard.reasons()),
        DashboardTables.bySource(query, dashboard.bySource()));
  }

  private static DashboardPage.Controls controls(Dashboard dashboard, LocalDate today) {
    DashboardQuery query = dashboard.query();
    List<DashboardPage.Option> periods = new ArrayList<>();
    for (int days : DashboardQuery.PERIODS) {
      periods.add(new DashboardPage.Option(Integer.toString(days), "Last " + days + " days", days == query.days()));
    }
    List<DashboardPage.Option> sources = new ArrayList<>();
    sources.add(new DashboardPage.Option("", "Every source", query.source() == null));
    for (String source : dashboard.sources()) {
      sources.add(new DashboardPage.Option(source, source, source.equals(query.source())));
    }
    return new DashboardPage.Controls(
        query.day().toString(),
        periods,
        sources,
        InsightPaths.dashboard(query.day().minusDays(1), query.days(), query.source()),
        query.day().isBefore(today) ? InsightPaths.dashboard(query.day().plusDays(1), query.days(), query.source()) : null,
        query.day().equals(today) ? null : InsightPaths.dashboard(today, query.days(), query.source()));
  }

  /** The figures {@code broadsheet stats} prints, for the whole archive. */
  static List<Stat> archive(CorpusStats stats) {
    return List.of(
        new Stat("Stories", Scale.number(stats.articles()), null),
        new Stat("Comments", Scale.number(stats.comments()), "every status"),
        new Stat("Sources", Scale.number(stats.sources()), null),
        new Stat("Published", stats.firstDate() == null ? "—" : Wording.longDay(stats.firstDate()),
            stats.lastDate() == null ? null : "to " + Wording.longDay(stats.lastDate())));
  }

  private static DashboardPage.Empty empty(Dashboard dashboard) {
    boolean none = dashboard.days().stream().allMatch(day -> day.counts().written() == 0);
    if (!none) {
      return null;
    }
    DashboardQuery query = dashboard.query();
    String message = "No comments were written in the " + query.days() + " days to " + Wording.longDay(query.day()) + ".";
    LocalDate last = dashboard.lastDay();
    return last == null
        ? new DashboardPage.Empty(message + " There are no comments yet.", null, null)
        : new DashboardPage.Empty(message, InsightPaths.dashboard(last, query.days(), query.source()),
            "Show " + Wording.longDay(last));
  }

  private static List<Stat> commenters(Dashboard.Commenters commenters) {
    return List.of(
        new Stat("Commenters on the day", Scale.number(commenters.ofDay()), null),
        new Stat("Commenters in the week", Scale.number(commenters.ofWeek()),
            Scale.number(commenters.newInWeek()) + " wrote their first comment"));
  }

  private static List<Stat> workload(Dashboard.Workload workload) {
    return List.of(
        new Stat("Waiting now", Scale.number(workload.waitingNow()), "comments held for a moderator"),
        new Stat("Median wait, week", Wording.duration(workload.medianWaitOfWeek()), "from hold to decision"),
        new Stat("Median wait, period", Wording.duration(workload.medianWaitOfPeriod()), null),
        new Stat("Decided in the period", Scale.number(workload.decidedInPeriod()),
            Scale.number(workload.approvedInPeriod()) + " approved, " + Scale.number(workload.rejectedInPeriod()) + " rejected"));
  }
}
