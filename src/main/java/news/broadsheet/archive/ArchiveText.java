package news.broadsheet.archive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a file's bytes into blocks: checks UTF-8, drops a byte-order mark, accepts CRLF, refuses
 * a CR left at the end of a line, and enforces the layout of blocks separated by exactly one empty
 * line.
 */
final class ArchiveText {

  private ArchiveText() {}

  static List<Block> blocks(String file, byte[] bytes) throws ArchiveFormatException {
    int invalid = Utf8.firstInvalid(bytes);
    if (invalid >= 0) {
      throw new ArchiveFormatException(file, lineOfByte(bytes, invalid), "bytes are not valid UTF-8");
    }
    return split(file, bytes, Utf8.hasByteOrderMark(bytes) ? 3 : 0);
  }

  private static int lineOfByte(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * Splits the text into lines on LF (a byte no multi-byte character holds), each line decoded on
   * its own (so that a line of plain ASCII stays one byte a character however the rest is
   * written), a CR before the LF dropped.
   */
  private static List<Block> split(String file, byte[] bytes, int start) throws ArchiveFormatException {
    if (start == bytes.length) {
      throw new ArchiveFormatException(file, 1, "the file is empty");
    }
    List<Block> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int firstLine = 1;
    int lineNumber = 0;
    int from = start;
    for (int end = indexOfLf(bytes, from); end >= 0; from = end + 1, end = indexOfLf(bytes, from)) {
      lineNumber++;
      int to = end > from && bytes[end - 1] == '\r' ? end - 1 : end;
      if (to > from && bytes[to - 1] == '\r') {
        // Kept, such a CR would be written back as part of a CRLF line end and then read as one.
        throw new ArchiveFormatException(
            file, lineNumber, "the line ends in a carriage return (CR) that is not part of a CRLF line end");
      }
      if (to > from) {
        if (current.isEmpty()) {
          firstLine = lineNumber;
        }
        current.add(new String(bytes, from, to - from, StandardCharsets.UTF_8));
      } else if (current.isEmpty()) {
        throw new ArchiveFormatException(
            file,
            lineNumber,
            lineNumber == 1
                ? "the file starts with an empty line; it must start with its header"
                : "two empty lines in a row; blocks are separated by exactly one empty line");
      } else {
        blocks.add(new Block(firstLine, List.copyOf(current)));
        current.clear();
      }
    }
    if (!current.isEmpty() || from < bytes.length) {
      throw new ArchiveFormatException(
          file,
          lineNumber + (from < bytes.length ? 1 : 0),
          "the file does not end with an empty line after its last block; it may be cut off");
    }
    return blocks;
  }

  private static int indexOfLf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
