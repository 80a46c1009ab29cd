package news.broadsheet.account;

/** An account request that cannot be done, with a message for the person who asked. */
public final class AccountException extends RuntimeException {

  private final String field;
  private final boolean throttled;

  public AccountException(String field, String message) {
    this(field, message, false);
  }

  private AccountException(String field, String message, boolean throttled) {
    super(message);
    this.field = field;
    this.throttled = throttled;
  }

  /** Too many attempts from this client or on this account; try again after the given time. */
  static AccountException throttled(long seconds) {
    long minutes = (seconds + 59) / 60;
    return new AccountException(
        null, "Too many attempts. Try again in " + (minutes == 1 ? "1 minute" : minutes + " minutes") + ".", true);
  }

  /** Whether the request was refused for coming too often rather than for what it held. */
  public boolean throttled() {
    return throttled;
  }

  /** The form field at fault, or null. */
  public String field() {
    return field;
  }
}
