package news.broadsheet.web.reader;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import news.broadsheet.account.User;
import news.broadsheet.privacy.CommenterDataJson;
import news.broadsheet.privacy.DataRightsService;
import news.broadsheet.privacy.DataSubject;
import news.broadsheet.web.page.LoginSessions;
import news.broadsheet.web.page.Paths;

/**
 * {@code GET /account/data}: a signed-in reader downloads everything stored about their account,
 * as the admin's {@code broadsheet commenter export} gives it (JSON, never a password hash or a
 * session token). A guest is sent to log in and comes back here.
 */
public final class AccountDataHandler {

  static final String PATH = "/account/data";

  private final LoginSessions sessions;
  private final DataRightsService dataRights;

  AccountDataHandler(LoginSessions sessions, DataRightsService dataRights) {
    this.sessions = sessions;
    this.dataRights = dataRights;
  }

  public void download(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    User user = sessions.user(ctx).orElse(null);
    if (user == null) {
      ctx.redirect(Paths.login(PATH), HttpStatus.SEE_OTHER);
      return;
    }
    String body = CommenterDataJson.text(dataRights.export(DataSubject.account(user.id(), user.name())));
    ctx.header("Content-Disposition", "attachment; filename=\"broadsheet-my-data.json\"");
    ctx.contentType("application/json; charset=utf-8").result(body.getBytes(StandardCharsets.UTF_8));
  }
}
