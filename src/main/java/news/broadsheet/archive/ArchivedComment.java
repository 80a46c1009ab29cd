package news.broadsheet.archive;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A reader comment as an archive keeps it.
 *
 * @param postedLocal the wall-clock time of the story's newsroom
 * @param paragraphs the text, one entry per paragraph block
 */
public record ArchivedComment(String name, LocalDateTime postedLocal, List<String> paragraphs) {

  public ArchivedComment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(postedLocal, "postedLocal");
    paragraphs = List.copyOf(paragraphs);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("a comment has at least one paragraph");
    }
  }

  /** The whole text, paragraphs separated by an empty line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
