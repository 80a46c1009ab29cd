package news.broadsheet.account;

/** An account request that cannot be done, with a message for the person who asked. */
public final class AccountException extends RuntimeException {

  private final String field;

  public AccountException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The form field at fault, or null. */
  public String field() {
    return field;
  }
}
