package news.broadsheet.comment;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A stored reader comment.
 *
 * @param parentId the comment this one replies to, or null
 * @param postedAt the instant it was posted
 * @param postedLocal the same instant on the wall clock of the story's newsroom, as printed
 * @param text the text exactly as written; paragraphs are separated by an empty line
 */
public record Comment(
    long id,
    long articleId,
    Long parentId,
    String name,
    Instant postedAt,
    LocalDateTime postedLocal,
    String text,
    CommentStatus status,
    CommentOrigin origin,
    int recommendations) {

  public Comment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(postedAt, "postedAt");
    Objects.requireNonNull(postedLocal, "postedLocal");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(origin, "origin");
  }
}
