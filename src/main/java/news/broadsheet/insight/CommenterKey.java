package news.broadsheet.insight;

/**
 * Who wrote a comment, as the counts know them: their account ("account:12"), else the name they
 * wrote under ("name:Ali"), exactly as written. The triggers of the migration V70 write the same.
 */
final class CommenterKey {

  private static final String ACCOUNT = "account:";
  private static final String NAME = "name:";

  private CommenterKey() {}

  static String of(Long accountId, String name) {
    return accountId != null ? ACCOUNT + accountId : ofName(name);
  }

  static String ofName(String name) {
    return NAME + name;
  }

  /** The account a key names, or null for a name. */
  static Long accountOf(String key) {
    return key.startsWith(ACCOUNT) ? Long.valueOf(key.substring(ACCOUNT.length())) : null;
  }

  /** The name a key holds, or null for an account. */
  static String nameOf(String key) {
    return key.startsWith(NAME) ? key.substring(NAME.length()) : null;
  }
}
