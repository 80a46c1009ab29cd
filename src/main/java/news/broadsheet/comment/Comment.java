package news.broadsheet.comment;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A stored reader comment.
 *
 * @param parentId the comment this one replies to, or null
 * @param rootId the top-level comment of its thread, or null for a top-level comment
 * @param postedAt the instant it was posted
 * @param postedLocal the same instant on the wall clock of the story's newsroom, as printed
 * @param text the text exactly as written; paragraphs are separated by an empty line
 * @param reasons why screening or a moderator held or rejected it; empty when published plainly
 * @param accountId the account of the signed-in reader who posted it, or null (a guest, an import)
 */
public record Comment(
    long id,
    long articleId,
    Long parentId,
    Long rootId,
    String name,
    Instant postedAt,
    LocalDateTime postedLocal,
    String text,
    CommentStatus status,
    CommentOrigin origin,
    int recommendations,
    List<Reason> reasons,
    Long accountId) {

  public Comment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(postedAt, "postedAt");
    Objects.requireNonNull(postedLocal, "postedLocal");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(origin, "origin");
    reasons = List.copyOf(reasons);
  }
}
