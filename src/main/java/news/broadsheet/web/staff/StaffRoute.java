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
    QueueActions actions = staff.actions();
    AdminSettingsHandlers admin = staff.settings();
    AccountHandlers accounts = staff.accounts();
    DataRightsHandlers rights = staff.dataRights();
    return List.of(
        new StaffRoute("GET", "/admin", Permission.MODERATE_COMMENTS, ctx -> ctx.redirect("/admin/moderation")),
        new StaffRoute("GET", "/admin/moderation", Permission.MODERATE_COMMENTS, moderation::queue),
        new StaffRoute("GET", "/admin/moderation/counts", Permission.MODERATE_COMMENTS, actions::counts),
        new StaffRoute("POST", "/admin/moderation/bulk", Permission.MODERATE_COMMENTS, actions::bulk),
        new StaffRoute("POST", "/admin/moderation/bulk/filtered", Permission.MODERATE_COMMENTS,
            ctx -> actions.bulkFiltered(ctx, moderation::confirmBulk)),
        new StaffRoute("POST", "/admin/moderation/comments/{id}", Permission.MODERATE_COMMENTS, actions::decide),
        new StaffRoute("POST", "/admin/moderation/comments/{id}/sanction", Permission.MODERATE_COMMENTS, actions::sanction),
        new StaffRoute("GET", "/admin/accounts", Permission.MANAGE_ACCOUNTS, accounts::list),
        new StaffRoute("POST", "/admin/accounts/{id}/role", Permission.MANAGE_ACCOUNTS, accounts::changeRole),
        new StaffRoute("POST", "/admin/accounts/{id}/disable", Permission.MANAGE_ACCOUNTS, accounts::disable),
        new StaffRoute("POST", "/admin/accounts/{id}/enable", Permission.MANAGE_ACCOUNTS, accounts::enable),
        new StaffRoute("POST", "/admin/accounts/{id}/sign-out", Permission.MANAGE_ACCOUNTS, accounts::signOut),
        new StaffRoute("GET", DataRightsHandlers.PATH, Permission.MANAGE_ACCOUNTS, rights::search),
        new StaffRoute("GET", DataRightsHandlers.PATH + "/export", Permission.MANAGE_ACCOUNTS, rights::export),
        new StaffRoute("GET", DataRightsHandlers.PATH + "/erase", Permission.MANAGE_ACCOUNTS, rights::confirm),
        new StaffRoute("POST", DataRightsHandlers.PATH + "/erase", Permission.MANAGE_ACCOUNTS, rights::erase),
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
      QueueActions actions,
      AccountHandlers accounts,
      DataRightsHandlers dataRights,
      AdminSettingsHandlers settings) {

    public static StaffHandlers build(App app, SiteParts parts) {
      var cookies = parts.cookies();
      var sessions = parts.sessions();
      var templates = parts.templates();
      var times = new StaffTimes(app.config().defaultZone(), app.clock());
      var layout = new StaffLayout(app.queue(), sessions, cookies, times);
      var moderation = new ModerationHandlers(
          app.queue(), new QueueCards(app.articles(), times, app.clock()), app.articles(), layout, templates);
      return new StaffHandlers(
          new StaffGuard(sessions, cookies),
          new LoginHandlers(app.accounts(), sessions, cookies, layout, templates),
          new SignUpHandlers(app.accounts(), sessions, cookies, templates),
          layout,
          moderation,
          new QueueActions(app.moderation(), app.sanctions(), app.queue(), moderation),
          new AccountHandlers(app.accounts(), app.queue(), layout, templates, app.clock()),
          new DataRightsHandlers(app.dataRights(), app.accounts(), app.settings(), layout, templates),
          new AdminSettingsHandlers(app.settings(), app.words(), app.evaluation(), app.classifier(), layout, templates));
    }
  }
}
