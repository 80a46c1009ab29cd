package news.broadsheet.web.reader;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentText;
import news.broadsheet.comment.CommentTimeFormat;
import news.broadsheet.comment.ThreadedComment;
import news.broadsheet.web.page.IsoTimes;
import news.broadsheet.web.page.Linkifier;
import news.broadsheet.web.page.Paths;

/**
 * Turns threads into what the page shows. Replies nest up to {@link #MAX_DEPTH} levels; deeper
 * ones line up under the last level, each saying whom it answers, so a long exchange stays
 * readable on a phone.
 */
public final class CommentViews {

  static final int MAX_DEPTH = 4;

  private final String storyPath;
  private final long articleId;

  public CommentViews(String storyPath, long articleId) {
    this.storyPath = storyPath;
    this.articleId = articleId;
  }

  List<CommentView> of(List<ThreadedComment> threads) {
    List<CommentView> views = new ArrayList<>(threads.size());
    threads.forEach(thread -> views.add(nested(thread, 0)));
    return views;
  }

  public CommentView single(Comment comment) {
    return view(comment, null, List.of());
  }

  private CommentView nested(ThreadedComment thread, int depth) {
    List<CommentView> replies = new ArrayList<>(thread.replies().size());
    if (depth < MAX_DEPTH) {
      thread.replies().forEach(reply -> replies.add(nested(reply, depth + 1)));
    } else {
      flattenInto(thread, replies);
    }
    return view(thread.comment(), null, replies);
  }

  /** Every reply below the thread's comment, in reading order, without further nesting. */
  private void flattenInto(ThreadedComment top, List<CommentView> out) {
    Deque<ThreadedComment> todo = new ArrayDeque<>();
    Deque<String> answering = new ArrayDeque<>();
    for (int i = top.replies().size() - 1; i >= 0; i--) {
      todo.push(top.replies().get(i));
      answering.push("");
    }
    while (!todo.isEmpty()) {
      ThreadedComment next = todo.pop();
      String answered = answering.pop();
      out.add(view(next.comment(), answered.isEmpty() ? null : answered, List.of()));
      for (int i = next.replies().size() - 1; i >= 0; i--) {
        todo.push(next.replies().get(i));
        answering.push(next.comment().name());
      }
    }
  }

  private CommentView view(Comment comment, String inReplyTo, List<CommentView> replies) {
    return new CommentView(
        comment.id(),
        comment.name(),
        CommentTimeFormat.format(comment.postedLocal()),
        IsoTimes.utc(comment.postedAt()),
        CommentText.paragraphs(comment.text(), comment.origin()).stream().map(Linkifier::paragraph).toList(),
        comment.recommendations(),
        Paths.comment(storyPath, comment.id()),
        Paths.reply(storyPath, comment.id()),
        Paths.recommend(articleId, comment.id()),
        inReplyTo,
        replies);
  }
}
