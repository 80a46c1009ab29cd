package news.broadsheet.web.reader;

import java.util.List;
import news.broadsheet.comment.CommentSort;

/**
 * One page of a story's comments as the story page shows it.
 *
 * @param count every published comment of the story, replies included
 * @param lastCommentId the highest id of a published comment of the story (0 when none), where
 *     live updates pick up
 * @param sort the code of the order shown, for forms that bring the reader back to it
 */
public record Discussion(
    long count,
    long lastCommentId,
    boolean open,
    List<SortLink> sorts,
    PagerView pager,
    List<CommentView> comments,
    String sort,
    int page) {

  /** One of the orders a reader can pick. */
  public record SortLink(String label, String href, boolean current) {}

  public String countLabel() {
    return count == 1 ? "1 comment" : count + " comments";
  }

  public boolean defaultSort() {
    return "oldest".equals(sort);
  }

  /**
   * What a comment drawn for a live update is drawn in: the first page, in the newspaper's order,
   * of a discussion that takes comments. The page that inserts it ({@code live.js}) fills in its
   * reader's form token and the order and page it shows, and drops the reply link when the story
   * takes no comments.
   */
  public static Discussion live() {
    return new Discussion(0, 0, true, List.of(), null, List.of(), CommentSort.OLDEST.code(), 1);
  }
}
