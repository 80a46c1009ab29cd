package news.broadsheet.web.staff;

import io.javalin.http.Context;
import news.broadsheet.account.AccountException;

/**
 * The status a refused login or sign-up is answered with: 429 for too many attempts and 503 while
 * every password check the server allows at once is taken, each with {@code Retry-After}; else
 * the form's own status.
 */
final class AccountRefusals {

  private AccountRefusals() {}

  static void status(Context ctx, AccountException refused, int otherwise) {
    switch (refused.kind()) {
      case THROTTLED -> retryAfter(ctx, 429, refused);
      case BUSY -> retryAfter(ctx, 503, refused);
      case REFUSED -> ctx.status(otherwise);
    }
  }

  private static void retryAfter(Context ctx, int status, AccountException refused) {
    ctx.header("Retry-After", Long.toString(Math.max(1, refused.retryAfterSeconds())));
    ctx.status(status);
  }
}
