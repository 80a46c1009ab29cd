package news.broadsheet.privacy;

/** A data-rights request that cannot be done as asked, with the reason for the person asking. */
public final class DataRightsException extends RuntimeException {

  public DataRightsException(String message) {
    super(message);
  }
}
