package news.broadsheet.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an admin changed on an account, as the audit trail records it. */
public enum AccountEventKind {
  /** The role changed. */
  ROLE_CHANGED,
  /** The account may no longer log in; its sessions ended. */
  DISABLED,
  /** The account may log in again. */
  ENABLED,
  /** Every session of the account ended. */
  SIGNED_OUT;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AccountEventKind> fromCode(String code) {
    return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
  }
}
