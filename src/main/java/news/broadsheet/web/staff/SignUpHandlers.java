package news.broadsheet.web.staff;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import news.broadsheet.account.AccountException;
import news.broadsheet.account.AccountService;
import news.broadsheet.account.Session;
import news.broadsheet.web.page.LoginSessions;
import news.broadsheet.web.page.PageMeta;
import news.broadsheet.web.page.Paths;
import news.broadsheet.web.page.ProblemResponse;
import news.broadsheet.web.page.ReaderCookies;
import news.broadsheet.web.page.TemplateRenderer;

/**
 * {@code GET/POST /signup}: a reader creates their own account (role reader), is signed in with a
 * new session and goes back where they came from. Refused with the message next to the field at
 * fault (422), 429 when one client tries too often, and a page that says so when sign-up is off.
 */
public final class SignUpHandlers {

  private final AccountService accounts;
  private final LoginSessions sessions;
  private final ReaderCookies cookies;
  private final TemplateRenderer templates;

  SignUpHandlers(AccountService accounts, LoginSessions sessions, ReaderCookies cookies, TemplateRenderer templates) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.cookies = cookies;
    this.templates = templates;
  }

  public void form(Context ctx) {
    requireOpen();
    render(ctx, "", LoginHandlers.safeNext(ctx.queryParam("next"), "/"), Map.of(), null);
  }

  public void signUp(Context ctx) {
    LoginHandlers.requireFormToken(ctx, cookies);
    requireOpen();
    String name = ctx.formParam("name") == null ? "" : ctx.formParam("name");
    String next = LoginHandlers.safeNext(ctx.formParam("next"), "/");
    try {
      Session session = accounts.signUp(name, ctx.formParam("password"), ctx.formParam("repeated"), ctx.ip());
      sessions.open(ctx, session);
      ctx.redirect(next, HttpStatus.SEE_OTHER);
    } catch (AccountException refused) {
      boolean byField = refused.field() != null;
      render(ctx, name, next, byField ? Map.of(refused.field(), refused.getMessage()) : Map.of(),
          byField ? null : refused.getMessage());
      AccountRefusals.status(ctx, refused, 422);
    }
  }

  private void requireOpen() {
    if (!accounts.signUpOpen()) {
      throw new ProblemResponse(
          403,
          "Sign-up is closed",
          "This site is not taking new accounts at the moment. If you have an account, you can log in.",
          "/login",
          "Log in",
          Map.of());
    }
  }

  private void render(Context ctx, String name, String next, Map<String, String> errors, String problem) {
    templates.render(
        ctx,
        "account/signup.jte",
        new SignUpPage(PageMeta.unlisted("Create an account"), cookies.formToken(ctx), name, next, errors, problem,
            Paths.login(next)));
  }
}
