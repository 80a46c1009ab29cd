package news.broadsheet.archive;

/** A file an import did not take, and why: "path:line: reason" (no line when it could not be read). */
public record Refusal(String file, int line, String reason) {

  static Refusal of(ArchiveFormatException e) {
    return new Refusal(e.file(), e.line(), e.rule());
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
  }
}
