package news.broadsheet.web.staff;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.regex.Pattern;
import news.broadsheet.account.AccountException;
import news.broadsheet.account.AccountService;
import news.broadsheet.account.Session;
import news.broadsheet.account.User;
import news.broadsheet.web.page.LoginSessions;
import news.broadsheet.web.page.PageMeta;
import news.broadsheet.web.page.Paths;
import news.broadsheet.web.page.ReaderCookies;
import news.broadsheet.web.page.TemplateRenderer;

/** {@code GET/POST /login} and {@code POST /logout}, for staff and readers alike. */
public final class LoginHandlers {

  private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");
  private static final String STAFF_HOME = "/admin/moderation";

  private final AccountService accounts;
  private final LoginSessions sessions;
  private final ReaderCookies cookies;
  private final StaffLayout layout;
  private final TemplateRenderer templates;

  LoginHandlers(
      AccountService accounts, LoginSessions sessions, ReaderCookies cookies, StaffLayout layout, TemplateRenderer templates) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.cookies = cookies;
    this.layout = layout;
    this.templates = templates;
  }

  public void form(Context ctx) {
    render(ctx, "", safeNext(ctx.queryParam("next")), null);
  }

  /** Opens a session and goes where the reader came from; the staff pages only for staff. */
  public void logIn(Context ctx) {
    requireFormToken(ctx, cookies);
    String name = ctx.formParam("name") == null ? "" : ctx.formParam("name");
    String next = safeNext(ctx.formParam("next"));
    try {
      Session session = accounts.logIn(name, ctx.formParam("password"), ctx.ip());
      sessions.open(ctx, session);
      User user = session.user();
      boolean staff = user.role().isStaff();
      String home = next.equals(STAFF_HOME) && staff ? homeOf(user) : next;
      ctx.redirect(staff || !(next.startsWith("/admin") || next.startsWith("/desk")) ? home : "/", HttpStatus.SEE_OTHER);
    } catch (AccountException refused) {
      render(ctx, name, next, refused.getMessage());
      AccountRefusals.status(ctx, refused, 401);
    }
  }

  /** The first staff page a member's role may use: the desk for writers, the queue for moderators. */
  static String homeOf(User user) {
    for (StaffSection section : StaffSection.values()) {
      if (user.can(section.permission())) {
        return section.path();
      }
    }
    return "/";
  }

  /** Ends the session and goes to {@code next} (a local path), else to the front page. */
  public void logOut(Context ctx) {
    requireFormToken(ctx, cookies);
    sessions.close(ctx);
    ctx.redirect(safeNext(ctx.formParam("next"), "/"), HttpStatus.SEE_OTHER);
  }

  private void render(Context ctx, String name, String next, String problem) {
    String signUp = accounts.signUpOpen() ? Paths.signUp(next.equals(STAFF_HOME) ? "/" : next) : null;
    templates.render(
        ctx,
        "account/login.jte",
        new LoginPage(PageMeta.unlisted("Log in"), layout.signedOut(ctx, "Log in"), name, next, problem, signUp));
  }

  static void requireFormToken(Context ctx, ReaderCookies cookies) {
    cookies.requireFormFromThisSite(ctx, ctx.path());
  }

  /** A local path to go to after login; anything else (another site, //host) goes to the queue. */
  static String safeNext(String next) {
    return safeNext(next, STAFF_HOME);
  }

  /** A local path to go to; anything else (none, another site, //host) gives the fallback. */
  static String safeNext(String next, String fallback) {
    if (next == null || next.length() > 500 || !LOCAL_PATH.matcher(next).matches()) {
      return fallback;
    }
    return next;
  }
}
