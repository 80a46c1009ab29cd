package news.broadsheet.comment;

import java.util.Arrays;
import java.util.List;

/** A comment's text as paragraphs, the way an archive file holds them. */
public final class CommentText {

  private static final String BLANK_LINE = "\n[ \t\u00A0]*(\n[ \t\u00A0]*)+";

  private CommentText() {}

  /**
   * An imported comment's paragraphs come back exactly as read. A comment typed on the site may
   * hold carriage returns, lines of spaces or runs of empty lines, which an archive block cannot:
   * its paragraphs are the runs of text between blank lines, without blank lines at either end.
   */
  public static List<String> paragraphs(String text, CommentOrigin origin) {
    if (origin == CommentOrigin.IMPORTED) {
      return List.of(text.split("\n\n", -1));
    }
    String unified = text.replace("\r\n", "\n").replace('\r', '\n');
    List<String> paragraphs =
        Arrays.stream(unified.split(BLANK_LINE))
            .map(p -> p.replaceAll("^([ \t\u00A0]*\n)+|(\n[ \t\u00A0]*)+$", ""))
            .filter(p -> !p.isBlank())
            .toList();
    return paragraphs.isEmpty() ? List.of(text.strip()) : paragraphs;
  }
}
