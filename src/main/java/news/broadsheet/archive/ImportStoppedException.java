package news.broadsheet.archive;

/**
 * The database failed mid-import (a full disk, a lost connection). The files of the batch that
 * was being written were rolled back: nothing of them is stored, and importing again continues
 * where this stopped.
 */
public final class ImportStoppedException extends Exception {

  private final ImportSummary summarySoFar;

  ImportStoppedException(ImportSummary summarySoFar, Throwable cause) {
    super("import stopped: " + rootMessage(cause) + "; " + summarySoFar.filesStored()
        + " files were stored before this, the rest were not; run the same import again to continue",
        cause);
    this.summarySoFar = summarySoFar;
  }

  public ImportSummary summarySoFar() {
    return summarySoFar;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
