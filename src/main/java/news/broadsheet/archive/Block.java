package news.broadsheet.archive;

import java.util.List;

/** A run of non-empty lines, with the 1-based number of its first line in the file. */
record Block(int firstLine, List<String> lines) {

  boolean isSingleLine() {
    return lines.size() == 1;
  }

  String text() {
    return String.join("\n", lines);
  }
}
