package news.broadsheet.search;

/** A search that cannot be run as asked, with what to change. */
public final class SearchException extends RuntimeException {

  private final String field;

  public SearchException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The request parameter at fault: q, cursor, limit, type, from, to, source or author. */
  public String field() {
    return field;
  }
}
