package news.broadsheet.comment;

/**
 * A comment that cannot be taken, with the field at fault (null when it is not one field), a
 * stable code for programs, and a message for the reader.
 */
public final class InvalidCommentException extends RuntimeException {

  private final String field;
  private final String code;

  public InvalidCommentException(String field, String code, String message) {
    super(message);
    this.field = field;
    this.code = code;
  }

  public String field() {
    return field;
  }

  public String code() {
    return code;
  }
}
