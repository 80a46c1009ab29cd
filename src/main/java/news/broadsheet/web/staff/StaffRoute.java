package news.broadsheet.web.staff;

import io.javalin.http.Handler;
import java.util.List;
import news.broadsheet.App;
import news.broadsheet.account.Permission;
import news.broadsheet.web.page.SiteParts;

/** A staff route: method, path, the permission it needs and its handler. */
public record StaffRoute(String method, String path, Permission permission, Handler handler) {

  /** Every staff route; the server's {@code Routes} registers these, each behind the guard. */
  public static List<StaffRoute> all(StaffHandlers staff) {
    ModerationHandlers moderation = staff.moderation();
    AdminSettingsHandlers admin = staff.settings();
    return List.of(
        new StaffRoute("GET", "/admin", Permission.MODERATE_COMMENTS, ctx -> ctx.redirect("/admin/moderation")),
        new StaffRoute("GET", "/admin/moderation", Permission.MODERATE_COMMENTS, moderation::queue),
        new StaffRoute("POST", "/admin/moderation/bulk", Permission.MODERATE_COMMENTS, moderation::bulk),
        new StaffRoute("POST", "/admin/moderation/comments/{id}", Permission.MODERATE_COMMENTS, moderation::decide),
        new StaffRoute("POST", "/admin/moderation/comments/{id}/sanction", Permission.MODERATE_COMMENTS, moderation::sanction),
        new StaffRoute("GET", "/admin/settings", Permission.CHANGE_SETTINGS, admin::settings),
        new StaffRoute("POST", "/admin/settings", Permission.CHANGE_SETTINGS, admin::change),
        new StaffRoute("GET", "/admin/words", Permission.CHANGE_SETTINGS, admin::words),
        new StaffRoute("POST", "/admin/words/add", Permission.CHANGE_SETTINGS, admin::addWords),
        new StaffRoute("POST", "/admin/words/remove", Permission.CHANGE_SETTINGS, admin::removeWord));
  }

  /** The handlers of the staff pages, the login and the sign-up. */
  public record StaffHandlers(
      StaffGuard guard,
      LoginHandlers login,
      SignUpHandlers signUp,
      StaffLayout layout,
      ModerationHandlers moderation,
      AdminSettingsHandlers settings) {

    public static StaffHandlers build(App app, SiteParts parts) {
      var views = new ModerationViews(app.articles(), app.moderation(), app.sanctions(), app.classifier());
      var cookies = parts.cookies();
      var sessions = parts.sessions();
      var templates = parts.templates();
      var layout = new StaffLayout(
          app.moderation(), sessions, cookies, new StaffTimes(app.config().defaultZone(), app.clock()));
      return new StaffHandlers(
          new StaffGuard(sessions, cookies),
          new LoginHandlers(app.accounts(), sessions, cookies, layout, templates),
          new SignUpHandlers(app.accounts(), sessions, cookies, templates),
          layout,
          new ModerationHandlers(app.moderation(), app.sanctions(), views, layout, templates),
          new AdminSettingsHandlers(app.settings(), app.words(), app.evaluation(), views, layout, templates));
    }
  }
}
