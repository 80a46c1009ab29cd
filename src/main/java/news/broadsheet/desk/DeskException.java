package news.broadsheet.desk;

import java.util.Objects;

/** A desk request that cannot be done, with a message for the person who asked. */
public class DeskException extends RuntimeException {

  private final DeskError error;
  private final String field;

  public DeskException(DeskError error, String field, String message) {
    super(message);
    this.error = Objects.requireNonNull(error, "error");
    this.field = field;
  }

  static DeskException invalid(String field, String message) {
    return new DeskException(DeskError.INVALID, field, message);
  }

  static DeskException notAllowed(String message) {
    return new DeskException(DeskError.NOT_ALLOWED, null, message);
  }

  static DeskException notFound(String message) {
    return new DeskException(DeskError.NOT_FOUND, null, message);
  }

  static DeskException wrongStatus(String message) {
    return new DeskException(DeskError.WRONG_STATUS, null, message);
  }

  public DeskError error() {
    return error;
  }

  /** The form field at fault, or null. */
  public String field() {
    return field;
  }
}
