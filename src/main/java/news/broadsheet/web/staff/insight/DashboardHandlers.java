package news.broadsheet.web.staff.insight;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.LocalDate;
import news.broadsheet.insight.DashboardQuery;
import news.broadsheet.insight.DashboardService;
import news.broadsheet.web.page.TemplateRenderer;
import news.broadsheet.web.staff.StaffLayout;
import news.broadsheet.web.staff.StaffSection;

/** {@code /admin/dashboard?day=&days=&source=} and its tables as CSV ({@code &format=csv&table=}). */
public final class DashboardHandlers {

  static final int FIRST_YEAR = 1000;
  static final int LAST_YEAR = 9999;

  private final DashboardService dashboard;
  private final StaffLayout layout;
  private final TemplateRenderer templates;

  DashboardHandlers(DashboardService dashboard, StaffLayout layout, TemplateRenderer templates) {
    this.dashboard = dashboard;
    this.layout = layout;
    this.templates = templates;
  }

  public void dashboard(Context ctx) {
    boolean csv = CsvResponse.wantsCsv(ctx, InsightPaths.DASHBOARD);
    DashboardQuery query = query(ctx);
    DashboardPage page = DashboardPages.page(layout.frame(ctx, StaffSection.DASHBOARD, "Dashboard"),
        dashboard.dashboard(query), dashboard.today(query.source()));
    if (csv) {
      String stem = "dashboard-" + query.day() + (query.source() == null ? "" : "-" + fileName(query.source()));
      CsvResponse.send(ctx, page.table(String.valueOf(ctx.queryParam("table"))), stem, InsightPaths.dashboard(query));
    } else {
      templates.render(ctx, "admin/dashboard.jte", page);
    }
  }

  private DashboardQuery query(Context ctx) {
    String source = blankToNull(ctx.queryParam("source"));
    if (source != null && !dashboard.sources().contains(source)) {
      throw CsvResponse.badRequest("There is no source “" + CsvResponse.clip(source) + "”.", InsightPaths.DASHBOARD);
    }
    int days = days(ctx.queryParam("days"));
    String day = blankToNull(ctx.queryParam("day"));
    return new DashboardQuery(day == null ? dashboard.today(source) : day(day), days, source);
  }

  private static int days(String text) {
    if (text == null || text.isBlank()) {
      return DashboardQuery.PERIODS.get(1);
    }
    try {
      int days = Integer.parseInt(text.strip());
      if (DashboardQuery.PERIODS.contains(days)) {
        return days;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw CsvResponse.badRequest("A period is " + DashboardQuery.PERIODS + " days, not “" + CsvResponse.clip(text) + "”.",
        InsightPaths.DASHBOARD);
  }

  private static LocalDate day(String text) {
    try {
      LocalDate day = LocalDate.parse(text.strip());
      if (day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR) {
        return day;
      }
    } catch (DateTimeException notADate) {
      // refused below
    }
    throw CsvResponse.badRequest("A day is a date such as 2018-03-03, not “" + CsvResponse.clip(text) + "”.",
        InsightPaths.DASHBOARD);
  }

  /** A source as part of a file name: letters, digits, dots and dashes. */
  static String fileName(String source) {
    return source.replaceAll("[^A-Za-z0-9.-]", "_");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
