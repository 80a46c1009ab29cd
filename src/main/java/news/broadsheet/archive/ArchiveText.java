package news.broadsheet.archive;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a file's bytes into blocks: checks UTF-8, drops a byte-order mark, accepts CRLF, refuses
 * a CR left at the end of a line, and enforces the layout of blocks separated by exactly one empty
 * line.
 */
final class ArchiveText {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private ArchiveText() {}

  static List<Block> blocks(String file, byte[] bytes) throws ArchiveFormatException {
    String text = decode(file, bytes);
    if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
      text = text.substring(1);
    }
    return split(file, text.replace("\r\n", "\n"));
  }

  private static String decode(String file, byte[] bytes) throws ArchiveFormatException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer output = CharBuffer.allocate(bytes.length);
    var result = decoder.decode(input, output, true);
    if (result.isError()) {
      throw new ArchiveFormatException(
          file, lineOfByte(bytes, input.position()), "bytes are not valid UTF-8");
    }
    try {
      result = decoder.flush(output);
      if (result.isError()) {
        result.throwException();
      }
    } catch (CharacterCodingException truncated) {
      throw new ArchiveFormatException(
          file, lineOfByte(bytes, bytes.length), "bytes are not valid UTF-8");
    }
    return output.flip().toString();
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

  private static List<Block> split(String file, String text) throws ArchiveFormatException {
    if (text.isEmpty()) {
      throw new ArchiveFormatException(file, 1, "the file is empty");
    }
    String[] lines = text.split("\n", -1);
    List<Block> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int start = 1;
    // The text ends in "\n", so the last element of lines is the empty string after it.
    for (int i = 0; i < lines.length - 1; i++) {
      int lineNumber = i + 1;
      if (lines[i].endsWith("\r")) {
        // Kept, such a CR would be written back as part of a CRLF line end and then read as one.
        throw new ArchiveFormatException(
            file, lineNumber, "the line ends in a carriage return (CR) that is not part of a CRLF line end");
      }
      if (!lines[i].isEmpty()) {
        if (current.isEmpty()) {
          start = lineNumber;
        }
        current.add(lines[i]);
      } else if (current.isEmpty()) {
        throw new ArchiveFormatException(
            file,
            lineNumber,
            lineNumber == 1
                ? "the file starts with an empty line; it must start with its header"
                : "two empty lines in a row; blocks are separated by exactly one empty line");
      } else {
        blocks.add(new Block(start, List.copyOf(current)));
        current.clear();
      }
    }
    if (!current.isEmpty() || !lines[lines.length - 1].isEmpty()) {
      throw new ArchiveFormatException(
          file,
          lines.length - (lines[lines.length - 1].isEmpty() ? 1 : 0),
          "the file does not end with an empty line after its last block; it may be cut off");
    }
    return blocks;
  }
}
