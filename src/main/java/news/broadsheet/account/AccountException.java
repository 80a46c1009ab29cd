package news.broadsheet.account;

/** An account request that cannot be done, with a message for the person who asked. */
public final class AccountException extends RuntimeException {

  /** Why a request was not done. */
  public enum Kind {
    /** What the request held is wrong (a field, a password, a closed sign-up). */
    REFUSED,
    /** Too many attempts from this client or on this account. */
    THROTTLED,
    /** The server is checking as many passwords as it can at once; nothing was wrong with the request. */
    BUSY
  }

  private final String field;
  private final Kind kind;
  private final long retryAfterSeconds;

  public AccountException(String field, String message) {
    this(field, message, Kind.REFUSED, 0);
  }

  private AccountException(String field, String message, Kind kind, long retryAfterSeconds) {
    super(message);
    this.field = field;
    this.kind = kind;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Too many attempts from this client or on this account; try again after the given time. */
  static AccountException throttled(long seconds) {
    long minutes = (seconds + 59) / 60;
    return new AccountException(
        null,
        "Too many attempts. Try again in " + (minutes == 1 ? "1 minute" : minutes + " minutes") + ".",
        Kind.THROTTLED,
        seconds);
  }

  /** Every password check the server allows at once is taken, and the wait for one ran out. */
  static AccountException busy(long seconds) {
    return new AccountException(
        null, "The site is busy just now. Please try again in a few seconds.", Kind.BUSY, seconds);
  }

  public Kind kind() {
    return kind;
  }

  /** Whether the request was refused for coming too often rather than for what it held. */
  public boolean throttled() {
    return kind == Kind.THROTTLED;
  }

  /** Whether the server was too busy to check a password; the request may be sent again as it was. */
  public boolean busy() {
    return kind == Kind.BUSY;
  }

  /** When a throttled or busy request may be tried again, in seconds; 0 for other refusals. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** The form field at fault, or null. */
  public String field() {
    return field;
  }
}
