package news.broadsheet.web.staff.insight;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import news.broadsheet.insight.DashboardQuery;
import news.broadsheet.web.page.Paths;

/** The addresses of the dashboard and the reaction pages, and of their tables as CSV. */
public final class InsightPaths {

  public static final String DASHBOARD = "/admin/dashboard";

  private InsightPaths() {}

  /** A story's reaction page. */
  public static String reactions(long articleId) {
    return Paths.reactions(articleId);
  }

  static String reactionsCsv(long articleId, String table) {
    return reactions(articleId) + "?format=csv&table=" + table;
  }

  static String dashboard(LocalDate day, int days, String source) {
    StringBuilder query = new StringBuilder(DASHBOARD).append("?day=").append(day);
    if (days != DashboardQuery.PERIODS.get(1)) {
      query.append("&days=").append(days);
    }
    if (source != null) {
      query.append("&source=").append(URLEncoder.encode(source, StandardCharsets.UTF_8));
    }
    return query.toString();
  }

  static String dashboard(DashboardQuery query) {
    return dashboard(query.day(), query.days(), query.source());
  }

  static String dashboardCsv(DashboardQuery query, String table) {
    return dashboard(query) + "&format=csv&table=" + table;
  }
}
