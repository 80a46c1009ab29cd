package news.broadsheet.comment;

import java.util.List;

/** A published comment with the published replies under it, oldest reply first. */
public record ThreadedComment(Comment comment, List<ThreadedComment> replies) {
  public ThreadedComment {
    replies = List.copyOf(replies);
  }
}
