package news.broadsheet.archive;

/** A file that breaks the archive format: says which file, which line, and which rule. */
public final class ArchiveFormatException extends Exception {

  private final String file;
  private final int line;
  private final String rule;

  public ArchiveFormatException(String file, int line, String rule) {
    super(file + ":" + line + ": " + rule);
    this.file = file;
    this.line = line;
    this.rule = rule;
  }

  public String file() {
    return file;
  }

  /** The 1-based line number where the problem is. */
  public int line() {
    return line;
  }

  public String rule() {
    return rule;
  }
}
