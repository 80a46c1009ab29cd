package news.broadsheet.web.staff.insight;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.insight.Dashboard;
import news.broadsheet.insight.DashboardQuery;
import news.broadsheet.web.page.Paths;

/** The dashboard's tables that have no chart: stories, commenters, reasons and sources. */
final class DashboardTables {

  private DashboardTables() {}

  static DataTable stories(DashboardQuery query, String id, String caption, List<Dashboard.StoryCount> stories) {
    List<List<DataTable.Cell>> rows = new ArrayList<>();
    for (Dashboard.StoryCount story : stories) {
      List<DataTable.Cell> row = new ArrayList<>();
      row.add(DataTable.Cell.link(story.article().story().headline(), InsightPaths.reactions(story.article().id())));
      row.add(DataTable.Cell.text(story.article().story().source()));
      row.addAll(DashboardFigures.statusRow(DataTable.Cell.text(""), story.counts()).subList(1, 5));
      row.add(DataTable.Cell.link("Read", Paths.story(story.article())));
      rows.add(row);
    }
    return new DataTable(id, caption, List.of("Story (its reactions)", "Source", "Published", "Held", "Rejected", "Written", "Story"),
        List.of(false, false, true, true, true, true, false), rows, InsightPaths.dashboardCsv(query, id));
  }

  static DataTable mostActive(DashboardQuery query, List<Dashboard.CommenterCount> commenters) {
    List<List<DataTable.Cell>> rows = new ArrayList<>();
    for (Dashboard.CommenterCount commenter : commenters) {
      rows.add(List.of(DataTable.Cell.text(commenter.name()), DataTable.Cell.text(commenter.account() ? "account" : "guest"),
          DataTable.Cell.number(commenter.comments()), DataTable.Cell.number(commenter.days())));
    }
    return new DataTable("commenters", "Most active commenters in the week to " + Wording.longDay(query.day()),
        List.of("Commenter", "As", "Comments", "Days"), List.of(false, false, true, true), rows,
        InsightPaths.dashboardCsv(query, "commenters"));
  }

  static DataTable reasons(DashboardQuery query, List<Dashboard.ReasonCount> reasons) {
    List<List<DataTable.Cell>> rows = new ArrayList<>();
    for (Dashboard.ReasonCount reason : reasons) {
      rows.add(List.of(DataTable.Cell.text(reason.kind() == null ? reason.code() : reason.kind().label()),
          DataTable.Cell.number(reason.held()), DataTable.Cell.number(reason.rejected()),
          new DataTable.Cell(Scale.percent(reason.share()), String.format(java.util.Locale.ROOT, "%.4f", reason.share()), null)));
    }
    return new DataTable("reasons", "Held and rejected comments by reason, " + Wording.shortDay(query.from()) + " – "
        + Wording.longDay(query.day()), List.of("Reason", "Held now", "Rejected", "Rejected, share of all written"),
        List.of(false, true, true, true), rows, InsightPaths.dashboardCsv(query, "reasons"));
  }

  static DataTable bySource(DashboardQuery query, List<Dashboard.SourceRow> sources) {
    List<List<DataTable.Cell>> rows = new ArrayList<>();
    for (Dashboard.SourceRow source : sources) {
      rows.add(List.of(DataTable.Cell.link(source.source(), InsightPaths.dashboard(query.day(), query.days(), source.source())),
          DataTable.Cell.number(source.day().written()), DataTable.Cell.number(source.week().written()),
          DataTable.Cell.number(source.period().written()), DataTable.Cell.number(source.period().pending()),
          new DataTable.Cell(Scale.percent(source.period().rejectedShare()),
              String.format(java.util.Locale.ROOT, "%.4f", source.period().rejectedShare()), null)));
    }
    return new DataTable("sources", "Comments by source", List.of("Source", "On the day", "In the week",
        "In the " + query.days() + " days", "Held now, of the period's", "Rejected, of the period's"),
        List.of(false, true, true, true, true, true), rows, InsightPaths.dashboardCsv(query, "sources"));
  }
}
