package news.broadsheet.web.staff.insight;

import java.util.List;
import news.broadsheet.App;
import news.broadsheet.account.Permission;
import news.broadsheet.web.page.SiteParts;
import news.broadsheet.web.staff.StaffLayout;
import news.broadsheet.web.staff.StaffRoute;

/**
 * The newsroom's dashboard and each story's reactions, for those who moderate comments (moderators, editors and admins); the
 * server puts each behind the staff guard.
 */
public final class InsightRoutes {

  private InsightRoutes() {}

  public static List<StaffRoute> all(App app, SiteParts parts, StaffLayout layout) {
    DashboardHandlers dashboard = new DashboardHandlers(app.dashboard(), layout, parts.templates());
    ReactionHandlers reactions = new ReactionHandlers(app.reactions(), layout, parts.templates());
    return List.of(
        new StaffRoute("GET", InsightPaths.DASHBOARD, Permission.MODERATE_COMMENTS, dashboard::dashboard),
        new StaffRoute("GET", "/admin/stories/{id}/reactions", Permission.MODERATE_COMMENTS, reactions::reactions));
  }
}
