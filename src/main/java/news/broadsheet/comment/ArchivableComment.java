package news.broadsheet.comment;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What an archive keeps of a published comment: its name, its newsroom time and its text.
 *
 * @param postedLocal the wall-clock time of the story's newsroom
 */
public record ArchivableComment(String name, LocalDateTime postedLocal, String text, CommentOrigin origin) {

  /** The text as the archive's paragraph blocks. */
  public List<String> paragraphs() {
    return CommentText.paragraphs(text, origin);
  }
}
