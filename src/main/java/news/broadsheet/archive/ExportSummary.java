package news.broadsheet.archive;

/** How many story files and comments an export wrote. */
public record ExportSummary(long files, long comments) {
  public String line() {
    return String.format("exported %d articles with %d comments", files, comments);
  }
}
