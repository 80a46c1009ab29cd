package news.broadsheet.web.page;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Optional;
import news.broadsheet.account.AccountService;
import news.broadsheet.account.Session;
import news.broadsheet.account.User;

/**
 * The login session cookie {@code bs_session} of staff and signed-in readers: HttpOnly,
 * SameSite=Lax, Secure over TLS.
 */
public final class LoginSessions {

  public static final String COOKIE = "bs_session";

  private final AccountService accounts;

  public LoginSessions(AccountService accounts) {
    this.accounts = accounts;
  }

  /** The logged-in user of this request, if its session lasts. */
  public Optional<User> user(Context ctx) {
    return accounts.userOfSession(ctx.cookie(COOKIE)).filter(user -> !user.disabled());
  }

  public void open(Context ctx, Session session) {
    long seconds = Math.max(0, session.expiresAt().getEpochSecond() - java.time.Instant.now().getEpochSecond());
    ctx.cookie(new Cookie(COOKIE, session.token(), "/", (int) seconds, overTls(ctx), true, null, SameSite.LAX));
  }

  public void close(Context ctx) {
    accounts.logOut(ctx.cookie(COOKIE));
    ctx.cookie(new Cookie(COOKIE, "", "/", 0, overTls(ctx), true, null, SameSite.LAX));
  }

  /**
   * Whether the request came over TLS, directly or through a trusted proxy that says so ({@code
   * X-Forwarded-Proto} from any other client is not believed: the server's scheme resolver).
   */
  static boolean overTls(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme());
  }
}
