package news.broadsheet.web.staff;

import io.javalin.http.Handler;
import java.util.List;
import news.broadsheet.App;
import news.broadsheet.account.Role;
import news.broadsheet.web.page.SiteParts;

/** A staff route: method, path, the role it needs and its handler. */
public record StaffRoute(String method, String path, Role role, Handler handler) {

  /** Every staff route; the server's {@code Routes} registers these, each behind the guard. */
  public static List<StaffRoute> all(StaffHandlers staff) {
    ModerationHandlers moderation = staff.moderation();
    AdminSettingsHandlers admin = staff.settings();
    return List.of(
        new StaffRoute("GET", "/admin", Role.MODERATOR, ctx -> ctx.redirect("/admin/moderation")),
        new StaffRoute("GET", "/admin/moderation", Role.MODERATOR, moderation::queue),
        new StaffRoute("POST", "/admin/moderation/bulk", Role.MODERATOR, moderation::bulk),
        new StaffRoute("POST", "/admin/moderation/comments/{id}", Role.MODERATOR, moderation::decide),
        new StaffRoute("POST", "/admin/moderation/comments/{id}/sanction", Role.MODERATOR, moderation::sanction),
        new StaffRoute("GET", "/admin/settings", Role.ADMIN, admin::settings),
        new StaffRoute("POST", "/admin/settings", Role.ADMIN, admin::change),
        new StaffRoute("GET", "/admin/words", Role.ADMIN, admin::words),
        new StaffRoute("POST", "/admin/words/add", Role.ADMIN, admin::addWords),
        new StaffRoute("POST", "/admin/words/remove", Role.ADMIN, admin::removeWord));
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
