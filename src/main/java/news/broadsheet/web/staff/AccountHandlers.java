package news.broadsheet.web.staff;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.broadsheet.account.AccountEvent;
import news.broadsheet.account.AccountException;
import news.broadsheet.account.AccountList;
import news.broadsheet.account.AccountService;
import news.broadsheet.account.AccountSummary;
import news.broadsheet.account.ChangedBy;
import news.broadsheet.account.Role;
import news.broadsheet.moderation.CommenterHistory;
import news.broadsheet.moderation.QueueService;
import news.broadsheet.moderation.QueueTab;
import news.broadsheet.web.page.Params;
import news.broadsheet.web.page.TemplateRenderer;

/**
 * {@code /admin/accounts}: admins list and search accounts and change them (role, disabled, sessions).
 * Every change goes through {@link AccountService}, which records it; a refused change (the last
 * admin) shows its reason (409).
 */
final class AccountHandlers {

  static final String PATH = "/admin/accounts";
  static final int PER_PAGE = 50;
  private static final int CHANGES_SHOWN = 20;

  private final AccountService accounts;
  private final QueueService queue;
  private final StaffLayout layout;
  private final TemplateRenderer templates;
  private final Clock clock;

  AccountHandlers(AccountService accounts, QueueService queue, StaffLayout layout, TemplateRenderer templates, Clock clock) {
    this.accounts = accounts;
    this.queue = queue;
    this.layout = layout;
    this.templates = templates;
    this.clock = clock;
  }

  void list(Context ctx) {
    render(ctx, view(ctx, false), AccountNotice.of(ctx.queryParam("done")), null);
  }

  /** {@code POST /admin/accounts/{id}/role} with role. */
  void changeRole(Context ctx) {
    change(ctx, "role", by -> accounts.changeRole(Params.id(ctx, "id"), role(ctx.formParam("role")), by));
  }

  /** {@code POST /admin/accounts/{id}/disable}: no more logins; its sessions end. */
  void disable(Context ctx) {
    change(ctx, "disabled", by -> accounts.setDisabled(Params.id(ctx, "id"), true, by));
  }

  /** {@code POST /admin/accounts/{id}/enable}. */
  void enable(Context ctx) {
    change(ctx, "enabled", by -> accounts.setDisabled(Params.id(ctx, "id"), false, by));
  }

  /** {@code POST /admin/accounts/{id}/sign-out}: every session of the account ends. */
  void signOut(Context ctx) {
    change(ctx, "signed-out", by -> accounts.endSessions(Params.id(ctx, "id"), by));
  }

  private interface Change {
    void apply(ChangedBy by);
  }

  private void change(Context ctx, String done, Change change) {
    View view = view(ctx, true);
    try {
      change.apply(ChangedBy.admin(StaffGuard.user(ctx)));
    } catch (AccountException refused) {
      render(ctx, view, null, refused.getMessage());
      ctx.status(refused.field() == null ? HttpStatus.CONFLICT
          : refused.field().equals("account") ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT);
      return;
    }
    ctx.redirect(view.href(view.page()) + "&done=" + done + "#account-" + Params.id(ctx, "id"), HttpStatus.SEE_OTHER);
  }

  private static Role role(String code) {
    return Role.fromCode(code).orElseThrow(() -> new AccountException("role",
        "A role is one of " + String.join(", ", Arrays.stream(Role.values()).map(Role::code).toList()) + "."));
  }

  /** The search, role filter ({@code only}, as {@code role} is a change's) and page asked for, from the query or a form's fields. */
  private record View(String search, Role role, int page) {

    String href(int other) {
      return PATH + "?q=" + URLEncoder.encode(search, StandardCharsets.UTF_8) + "&only=" + (role == null ? "" : role.code())
          + (other > 1 ? "&page=" + other : "");
    }
  }

  private static View view(Context ctx, boolean form) {
    String search = value(form ? ctx.formParam("q") : ctx.queryParam("q"));
    String role = value(form ? ctx.formParam("only") : ctx.queryParam("only"));
    int page = Params.pageNumber(value(form ? ctx.formParam("page") : ctx.queryParam("page")));
    return new View(search.length() > 100 ? search.substring(0, 100) : search, Role.fromCode(role).orElse(null), page);
  }

  private static String value(String text) {
    return text == null ? "" : text.strip();
  }

  private void render(Context ctx, View view, String notice, String problem) {
    AccountList found = accounts.accounts(view.search(), view.role(), PER_PAGE, (view.page() - 1) * PER_PAGE);
    List<AccountSummary> shown = found.accounts();
    Map<Long, CommenterHistory> histories = queue.accountHistories(shown.stream().map(a -> a.user().id()).toList());
    long self = StaffGuard.user(ctx).id();
    StaffTimes times = layout.times();
    List<AccountsPage.Row> rows = shown.stream().map(account -> row(account, histories.get(account.user().id()), self, times))
        .toList();
    Map<String, String> state = new LinkedHashMap<>();
    state.put("q", view.search());
    state.put("only", view.role() == null ? "" : view.role().code());
    state.put("page", String.valueOf(view.page()));
    int first = (view.page() - 1) * PER_PAGE + 1;
    String range = shown.isEmpty() ? "No accounts" : String.format(Locale.ROOT, "%,d–%,d of %,d", first,
        first + shown.size() - 1, found.total());
    templates.render(ctx, "admin/accounts.jte", new AccountsPage(layout.frame(ctx, StaffSection.ACCOUNTS, "Accounts"),
        view.search(), view.role() == null ? "" : view.role().code(), Arrays.stream(Role.values()).map(Role::code).toList(),
        state, rows, range, view.page() > 1 ? view.href(view.page() - 1) : null,
        (long) view.page() * PER_PAGE < found.total() ? view.href(view.page() + 1) : null, notice, problem,
        accounts.changes(null, CHANGES_SHOWN).stream().map(change -> change(change, times)).toList()));
  }

  private AccountsPage.Row row(AccountSummary account, CommenterHistory history, long self, StaffTimes times) {
    var user = account.user();
    String sanction = history.activeSanction(clock.instant())
        .map(s -> s.isBan() ? "Banned: " + s.reason() : "Suspended until " + times.show(s.endsAt()).words() + ": " + s.reason())
        .orElse(null);
    return new AccountsPage.Row(user.id(), user.name(), user.role().code(), user.disabled(), user.id() == self,
        history.published(), history.pending(), history.rejected(), history.sanctions().size(), sanction,
        times.show(account.createdAt()), times.show(account.lastSeen()), account.sessions(),
        QueueRequest.PATH + "?tab=" + QueueTab.PENDING.code() + "&commenter=" + URLEncoder.encode(user.name(), StandardCharsets.UTF_8));
  }

  /** A change in the audit trail in words: "changed the role of Omar from reader to moderator". */
  static AccountsPage.Change change(AccountEvent event, StaffTimes times) {
    String whom = event.accountName();
    String what = switch (event.kind()) {
      case ROLE_CHANGED -> "changed the role of " + whom + " from " + event.roleBefore().code() + " to " + event.roleAfter().code();
      case DISABLED -> "disabled " + whom + " (" + sessions(event.sessions()) + " ended)";
      case ENABLED -> "enabled " + whom;
      case SIGNED_OUT -> "signed " + whom + " out everywhere (" + sessions(event.sessions()) + ")";
    };
    return new AccountsPage.Change(times.show(event.at()), event.actor(), what, event.accountId());
  }

  private static String sessions(int count) {
    return count == 1 ? "1 session" : count + " sessions";
  }
}
