package news.broadsheet.archive;

/** Archive text written line by line in tests, so that line numbers can be read off the code. */
final class ArchiveLines {

  private ArchiveLines() {}

  /**
   * The given lines, each ended by a line feed: {@code file("a", "")} is {@code "a\n\n"}, and the
   * n-th argument is line n of the file.
   */
  static String file(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  static String withoutFinalNewline(String text) {
    return text.substring(0, text.length() - 1);
  }
}
