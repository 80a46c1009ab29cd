package news.broadsheet.web.reader;

import io.javalin.http.Context;
import java.util.Optional;
import news.broadsheet.account.AccountService;
import news.broadsheet.account.Permission;
import news.broadsheet.account.User;
import news.broadsheet.comment.CommentPostingService;
import news.broadsheet.web.page.LoginSessions;
import news.broadsheet.web.page.ReaderCookies;

/**
 * Who reads a page or posts a comment: a signed-in reader (by the session cookie) or a guest, and
 * so how the comment form meets them: a name field, "Commenting as", or a link to sign in when
 * the site takes comments from signed-in readers only.
 */
public final class Readers {

  private final LoginSessions sessions;
  private final CommentPostingService posting;
  private final AccountService accounts;
  private final ReaderCookies cookies;

  public Readers(LoginSessions sessions, CommentPostingService posting, AccountService accounts, ReaderCookies cookies) {
    this.sessions = sessions;
    this.posting = posting;
    this.accounts = accounts;
    this.cookies = cookies;
  }

  /**
   * A reader as the comment form sees them: its mode and the name it shows, and whether they are
   * of the newsroom's staff (whose story pages link to the story's reactions, and are not shared).
   */
  record Reader(CommentForm.Mode mode, String name, boolean staff) {

    Reader(CommentForm.Mode mode, String name) {
      this(mode, name, false);
    }

    /** The blank form for this reader. */
    CommentForm blankForm(long articleId, Long parentId, String returnTo) {
      return CommentForm.blank(articleId, parentId, mode, name, returnTo);
    }
  }

  /** The signed-in reader's account, if the request carries a session that lasts. */
  Optional<User> account(Context ctx) {
    return sessions.user(ctx);
  }

  /** The reader of this request: the account's name, or a guest's remembered name. */
  Reader of(Context ctx) {
    return account(ctx)
        .map(user -> new Reader(CommentForm.Mode.ACCOUNT, user.name(), user.can(Permission.MODERATE_COMMENTS)))
        .orElseGet(() -> new Reader(guestMode(), cookies.rememberedName(ctx)));
  }

  /** How the form meets a guest now: a name field, or links to sign in (and to sign up when open). */
  CommentForm.Mode guestMode() {
    if (posting.guestsMayComment()) {
      return CommentForm.Mode.GUEST;
    }
    return accounts.signUpOpen() ? CommentForm.Mode.SIGN_IN_OR_UP : CommentForm.Mode.SIGN_IN;
  }
}
