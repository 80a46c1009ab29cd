package news.broadsheet.comment;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/** A comment about to be stored. {@link CommentIdentity} tells whether it is stored already. */
public record NewComment(
    long articleId,
    Long parentId,
    String name,
    Instant postedAt,
    LocalDateTime postedLocal,
    String text,
    CommentStatus status,
    CommentOrigin origin,
    CommentIdentity identity) {

  public NewComment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(postedAt, "postedAt");
    Objects.requireNonNull(postedLocal, "postedLocal");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(identity, "identity");
  }
}
