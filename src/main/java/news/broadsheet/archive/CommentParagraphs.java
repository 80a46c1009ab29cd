package news.broadsheet.archive;

import java.util.Arrays;
import java.util.List;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentOrigin;

/** A stored comment's text as the paragraph blocks of an archive file. */
final class CommentParagraphs {

  private CommentParagraphs() {}

  /**
   * An imported comment's paragraphs come back exactly as read. A comment typed on the site may
   * hold carriage returns, blank lines of spaces or runs of empty lines, which a block cannot:
   * its paragraphs are the runs of text between blank lines, with their outer blank lines cut.
   */
  static List<String> of(Comment comment) {
    if (comment.origin() == CommentOrigin.IMPORTED) {
      return List.of(comment.text().split("\n\n", -1));
    }
    String text = comment.text().replace("\r\n", "\n").replace('\r', '\n');
    List<String> paragraphs =
        Arrays.stream(text.split("\n[ \t\u00A0]*(\n[ \t\u00A0]*)+"))
            .map(p -> p.replaceAll("^[ \t\u00A0]*\n|\n[ \t\u00A0]*$", ""))
            .filter(p -> !p.isBlank())
            .toList();
    return paragraphs.isEmpty() ? List.of("…") : paragraphs;
  }
}
