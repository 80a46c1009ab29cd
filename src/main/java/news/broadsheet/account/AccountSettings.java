package news.broadsheet.account;

import java.util.List;
import news.broadsheet.settings.Setting;

/** The settings of accounts. */
public final class AccountSettings {

  public static final Setting<Boolean> SIGN_UP_ENABLED =
      Setting.flag("accounts.sign-up.enabled", true, "let readers create their own reader account at /signup");

  public static final List<Setting<?>> ALL = List.of(SIGN_UP_ENABLED);

  private AccountSettings() {}
}
