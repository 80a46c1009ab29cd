package news.broadsheet.account;

import java.util.List;
import news.broadsheet.settings.Setting;

/** The settings of accounts. */
public final class AccountSettings {

  public static final Setting<Boolean> SIGN_UP_ENABLED =
      Setting.flag("accounts.sign-up.enabled", true, "let readers create their own reader account at /signup");

  public static final Setting<Integer> SESSION_IDLE_DAYS =
      Setting.integer("accounts.sessions.idle-days", 14, 1, 365,
          "a login ends after this many days without a visit");

  public static final Setting<Integer> SESSION_MAX_DAYS =
      Setting.integer("accounts.sessions.max-days", 90, 1, 3650,
          "a login ends this many days after it began, however often it is used (for logins begun after a change)");

  public static final List<Setting<?>> ALL = List.of(SIGN_UP_ENABLED, SESSION_IDLE_DAYS, SESSION_MAX_DAYS);

  private AccountSettings() {}
}
