package news.broadsheet.comment;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a comment stands in every order a reader can pick: its recommendations, the instant it
 * was posted, and its id, which breaks ties.
 */
public record CommentPosition(int recommendations, Instant postedAt, long id) {

  public CommentPosition {
    Objects.requireNonNull(postedAt, "postedAt");
  }

  public static CommentPosition of(Comment comment) {
    return new CommentPosition(comment.recommendations(), comment.postedAt(), comment.id());
  }
}
