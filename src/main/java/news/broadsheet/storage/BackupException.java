package news.broadsheet.storage;

/** A backup or restore that was not done, with the reason for the operator; nothing was changed. */
public final class BackupException extends RuntimeException {

  public BackupException(String message) {
    super(message);
  }

  public BackupException(String message, Throwable cause) {
    super(message, cause);
  }
}
