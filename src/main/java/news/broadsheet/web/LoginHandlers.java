package news.broadsheet.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.regex.Pattern;
import news.broadsheet.account.AccountException;
import news.broadsheet.account.AccountService;
import news.broadsheet.account.Session;

/** {@code GET/POST /login} and {@code POST /logout}. */
final class LoginHandlers {

  private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");

  private final AccountService accounts;
  private final StaffSessions sessions;
  private final ReaderCookies cookies;
  private final TemplateRenderer templates;

  LoginHandlers(AccountService accounts, StaffSessions sessions, ReaderCookies cookies, TemplateRenderer templates) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.cookies = cookies;
    this.templates = templates;
  }

  void form(Context ctx) {
    render(ctx, "", safeNext(ctx.queryParam("next")), null);
  }

  void logIn(Context ctx) {
    requireFormToken(ctx, cookies);
    String name = ctx.formParam("name") == null ? "" : ctx.formParam("name");
    String next = safeNext(ctx.formParam("next"));
    try {
      Session session = accounts.logIn(name, ctx.formParam("password"), ctx.ip());
      sessions.open(ctx, session);
      ctx.redirect(next, HttpStatus.SEE_OTHER);
    } catch (AccountException refused) {
      render(ctx, name, next, refused.getMessage());
      ctx.status(refused.getMessage().startsWith("Too many") ? 429 : 401);
    }
  }

  void logOut(Context ctx) {
    requireFormToken(ctx, cookies);
    sessions.close(ctx);
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  private void render(Context ctx, String name, String next, String problem) {
    templates.render(
        ctx, "account/login.jte", new LoginPage(PageMeta.unlisted("Log in"), cookies.formToken(ctx), name, next, problem));
  }

  static void requireFormToken(Context ctx, ReaderCookies cookies) {
    if (!cookies.formTokenMatches(ctx, ctx.formParam("csrf"))) {
      throw ProblemResponse.forgedForm(ctx.path());
    }
  }

  /** A local path to go to after login; anything else (another site, //host) goes to the queue. */
  static String safeNext(String next) {
    if (next == null || next.length() > 500 || !LOCAL_PATH.matcher(next).matches()) {
      return "/admin/moderation";
    }
    return next;
  }
}
