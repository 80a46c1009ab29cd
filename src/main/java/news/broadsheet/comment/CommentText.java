package news.broadsheet.comment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** A comment's text as paragraphs, the way an archive file holds them. */
public final class CommentText {

  private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t\u00A0]*(\n[ \t\u00A0]*)+");
  private static final Pattern OUTER_BLANK_LINES = Pattern.compile("^([ \t\u00A0]*\n)+|(\n[ \t\u00A0]*)+$");

  private CommentText() {}

  /**
   * An imported comment's paragraphs come back exactly as read. A comment typed on the site may
   * hold carriage returns, lines of spaces or runs of empty lines, which an archive block cannot:
   * its paragraphs are the runs of text between blank lines, without blank lines at either end.
   */
  public static List<String> paragraphs(String text, CommentOrigin origin) {
    if (origin == CommentOrigin.IMPORTED) {
      return splitAtEmptyLines(text);
    }
    String unified = text.replace("\r\n", "\n").replace('\r', '\n');
    List<String> paragraphs =
        Arrays.stream(BLANK_LINE.split(unified))
            .map(p -> OUTER_BLANK_LINES.matcher(p).replaceAll(""))
            .filter(p -> !p.isBlank())
            .toList();
    return paragraphs.isEmpty() ? List.of(text.strip()) : paragraphs;
  }

  /** The text split at every empty line ("\n\n"), left to right, keeping empty pieces. */
  private static List<String> splitAtEmptyLines(String text) {
    int at = text.indexOf("\n\n");
    if (at < 0) {
      return List.of(text);
    }
    List<String> pieces = new ArrayList<>();
    int from = 0;
    for (; at >= 0; at = text.indexOf("\n\n", from)) {
      pieces.add(text.substring(from, at));
      from = at + 2;
    }
    pieces.add(text.substring(from));
    return pieces;
  }
}
