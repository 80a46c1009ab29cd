package news.broadsheet.web.staff;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import news.broadsheet.account.AccountService;
import news.broadsheet.account.User;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.privacy.CommenterData;
import news.broadsheet.privacy.CommenterDataJson;
import news.broadsheet.privacy.DataRightsException;
import news.broadsheet.privacy.DataRightsService;
import news.broadsheet.privacy.DataSubject;
import news.broadsheet.privacy.Erasure;
import news.broadsheet.privacy.FoundCommenter;
import news.broadsheet.privacy.PrivacySettings;
import news.broadsheet.settings.SettingsService;
import news.broadsheet.web.page.TemplateRenderer;

/**
 * {@code /admin/data-rights}: an admin finds a commenter by name (an account, or a guest by each
 * connection they posted from), downloads everything stored about them, the very JSON of {@code
 * broadsheet commenter export}, and erases it after a confirmation, through the same {@link
 * DataRightsService} as {@code broadsheet commenter erase}; the audit trail records the erasure
 * under the admin's name. A staff account is not erased here: the accounts page first makes it a
 * reader's, so that nobody deletes a colleague (or the last admin) by a slip.
 */
final class DataRightsHandlers {

  static final String PATH = "/admin/data-rights";
  private static final String TITLE = "Data rights";

  private final DataRightsService rights;
  private final AccountService accounts;
  private final SettingsService settings;
  private final StaffLayout layout;
  private final TemplateRenderer templates;

  DataRightsHandlers(
      DataRightsService rights, AccountService accounts, SettingsService settings, StaffLayout layout, TemplateRenderer templates) {
    this.rights = rights;
    this.accounts = accounts;
    this.settings = settings;
    this.layout = layout;
    this.templates = templates;
  }

  /** {@code GET /admin/data-rights?q=NAME}: the search, and the commenters of that name. */
  void search(Context ctx) {
    render(ctx, ctx.queryParam("q"), DataRightsNotice.of(ctx), null);
  }

  /** {@code GET /admin/data-rights/export?account=NAME} or {@code ?guest=NAME&client=KEY}: the JSON, as a download. */
  void export(Context ctx) {
    Asked asked = Asked.of(ctx::queryParam);
    CommenterData data = stored(ctx, asked);
    if (data == null) {
      return;
    }
    ctx.header("Cache-Control", "no-store");
    ctx.header("Content-Disposition", "attachment; filename=\"" + data.subject().fileName() + "\"");
    ctx.contentType("application/json; charset=utf-8").result(CommenterDataJson.text(data).getBytes(StandardCharsets.UTF_8));
  }

  /** {@code GET /admin/data-rights/erase?…}: what erasing the commenter does, and the button that does it. */
  void confirm(Context ctx) {
    Asked asked = Asked.of(ctx::queryParam);
    CommenterData data = stored(ctx, asked);
    if (data == null || refusedStaff(ctx, asked, data)) {
      return;
    }
    templates.render(ctx, "admin/data-rights-erase.jte", new DataRightsErasePage(layout.frame(ctx, StaffSection.DATA_RIGHTS,
        "Erase " + data.subject().name() + "'s data?"), data.subject().name(), data.subject().kind(),
        data.subject().connection(), data.comments().size(), keepsReplied(), asked.fields(), asked.backHref()));
  }

  /** {@code POST /admin/data-rights/erase}: erases the commenter, then back to the search with what was done. */
  void erase(Context ctx) {
    Asked asked = Asked.of(ctx::formParam);
    CommenterData data = stored(ctx, asked);
    if (data == null || refusedStaff(ctx, asked, data)) {
      return;
    }
    User admin = StaffGuard.user(ctx);
    Erasure done = rights.erase(asked.subject(rights), new Moderator(admin.id(), admin.name()));
    ctx.redirect(DataRightsNotice.href(asked.backHref(), done), HttpStatus.SEE_OTHER);
  }

  /** What is stored about the commenter asked for, or null when the page said why there is none (or sent to the search). */
  private CommenterData stored(Context ctx, Asked asked) {
    if (asked.namesNobody() && ctx.method() == HandlerType.GET) {
      ctx.redirect(PATH, HttpStatus.FOUND); // an address typed without its commenter: the search, where one is chosen
      return null;
    }
    DataSubject subject;
    try {
      subject = asked.subject(rights);
    } catch (DataRightsException refused) {
      problem(ctx, asked, refused.getMessage(), asked.accountAlone() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
      return null;
    }
    CommenterData data = rights.export(subject);
    if (!subject.isAccount() && data.holdsNothing()) {
      problem(ctx, asked, "nothing is stored about a guest named " + subject.name() + " from the connection "
          + subject.clientKey(), HttpStatus.NOT_FOUND);
      return null;
    }
    return data;
  }

  private boolean refusedStaff(Context ctx, Asked asked, CommenterData data) {
    if (data.account() == null || !accounts.user(data.account().name()).map(u -> u.role().isStaff()).orElse(false)) {
      return false;
    }
    problem(ctx, asked, data.account().name() + " is a staff account (role " + data.account().role()
        + "): make it a reader's on the Accounts page before erasing it", HttpStatus.CONFLICT);
    return true;
  }

  private void problem(Context ctx, Asked asked, String message, HttpStatus status) {
    render(ctx, asked.searched(), null, Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".");
    ctx.status(status);
  }

  private void render(Context ctx, String query, String notice, String problem) {
    String search = query == null ? "" : query.strip();
    if (search.length() > 100) {
      search = search.substring(0, 100);
    }
    List<FoundCommenter> found = search.isEmpty() ? List.of() : rights.find(search);
    StaffTimes times = layout.times();
    List<DataRightsPage.Row> rows = found.stream().map(one -> DataRightsPage.Row.of(one, times)).toList();
    templates.render(ctx, "admin/data-rights.jte", new DataRightsPage(layout.frame(ctx, StaffSection.DATA_RIGHTS, TITLE),
        search, !search.isEmpty(), rows, notice, problem, keepsReplied()));
  }

  private boolean keepsReplied() {
    return settings.get(PrivacySettings.COMMENTS_WITH_REPLIES).equals(PrivacySettings.ANONYMISE);
  }

  /** The commenter a request names, as typed: an account's name, or a guest's name and connection. */
  record Asked(String account, String guest, String client) {

    static Asked of(java.util.function.Function<String, String> param) {
      return new Asked(value(param.apply("account")), value(param.apply("guest")), value(param.apply("client")));
    }

    DataSubject subject(DataRightsService rights) {
      return rights.subject(account, guest, client);
    }

    /** Whether the request names nobody at all (an address typed without its commenter). */
    boolean namesNobody() {
      return account.isEmpty() && guest.isEmpty() && client.isEmpty();
    }

    /** Whether it names an account and nothing else (so that a refusal means there is no such account). */
    boolean accountAlone() {
      return !account.isEmpty() && guest.isEmpty() && client.isEmpty();
    }

    /** What the search box held: the name asked for. */
    String searched() {
      return account.isEmpty() ? guest : account;
    }

    String backHref() {
      return PATH + "?q=" + java.net.URLEncoder.encode(searched(), StandardCharsets.UTF_8);
    }

    Map<String, String> fields() {
      return account.isEmpty() ? Map.of("guest", guest, "client", client) : Map.of("account", account);
    }

    private static String value(String text) {
      return text == null ? "" : text.strip();
    }
  }
}
