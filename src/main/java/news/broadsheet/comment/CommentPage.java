package news.broadsheet.comment;

import java.util.List;

/**
 * One page of a story's discussion: top-level comments in the chosen order, each with its
 * replies.
 *
 * @param page 1-based
 * @param pageCount at least 1
 * @param published every published comment of the story, replies included
 * @param lastPublishedId the highest id among them, 0 when there is none
 */
public record CommentPage(
    List<ThreadedComment> threads, CommentSort sort, int page, int pageCount, long published, long lastPublishedId) {
  public CommentPage {
    threads = List.copyOf(threads);
  }
}
