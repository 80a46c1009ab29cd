package news.broadsheet.web.staff;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import news.broadsheet.account.Permission;
import news.broadsheet.account.User;
import news.broadsheet.web.page.LoginSessions;
import news.broadsheet.web.page.ProblemResponse;
import news.broadsheet.web.page.ReaderCookies;

/**
 * Wraps every staff handler: a guest goes to the login page, an account whose role lacks the
 * route's permission gets 403, and a staff form must carry the browser's form token.
 */
public final class StaffGuard {

  private static final String USER = "staff-user";

  private final LoginSessions sessions;
  private final ReaderCookies cookies;

  StaffGuard(LoginSessions sessions, ReaderCookies cookies) {
    this.sessions = sessions;
    this.cookies = cookies;
  }

  public Handler require(Permission permission, Handler handler) {
    return ctx -> {
      User user = sessions.user(ctx).orElse(null);
      if (user == null) {
        ctx.redirect("/login?next=" + URLEncoder.encode(wanted(ctx), StandardCharsets.UTF_8), HttpStatus.FOUND);
        return;
      }
      if (!user.can(permission)) {
        throw forbidden(user);
      }
      if (ctx.method().name().equals("POST")) {
        LoginHandlers.requireFormToken(ctx, cookies);
      }
      ctx.attribute(USER, user);
      handler.handle(ctx);
    };
  }

  /** The staff member of a request the guard let through. */
  public static User user(Context ctx) {
    return ctx.attribute(USER);
  }

  private static String wanted(Context ctx) {
    if (ctx.method().name().equals("GET") && ctx.queryString() != null) {
      return ctx.path() + "?" + ctx.queryString();
    }
    return ctx.method().name().equals("GET") ? ctx.path() : "/login";
  }

  private static ProblemResponse forbidden(User user) {
    boolean staff = user.role().isStaff();
    return new ProblemResponse(
        403,
        staff ? "Not part of your role" : "Staff only",
        staff
            ? "This page is for another part of the newsroom's staff; your account's role is " + user.role().code() + "."
            : "This page is for the site's staff; your account does not have a staff role.",
        staff ? LoginHandlers.homeOf(user) : "/",
        staff ? "Go to your staff pages" : "Go to the latest stories",
        Map.of());
  }
}
