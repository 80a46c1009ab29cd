package news.broadsheet.comment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.storage.Database;

/** What readers ask of comments. */
public final class CommentService {

  private final Database database;
  private final CommentStore store;

  public CommentService(Database database, CommentStore store) {
    this.database = database;
    this.store = store;
  }

  /** A story's published comments, oldest first, without threading. */
  public List<Comment> published(long articleId) {
    return database.read(handle -> store.ofArticle(handle, articleId, CommentStatus.PUBLISHED));
  }

  public Optional<Comment> find(long id) {
    return database.read(handle -> store.find(handle, id));
  }

  /**
   * One page of a story's discussion: {@code pageSize} top-level comments in the chosen order,
   * each with its published replies nested under the comment they answer.
   *
   * @param page 1-based; a page past the end gives an empty page
   */
  public CommentPage page(long articleId, CommentSort sort, int page, int pageSize) {
    return database.read(
        handle -> {
          CommentStore.PublishedSummary summary = store.publishedSummary(handle, articleId);
          int pageCount = (int) Math.max(1, (summary.roots() + pageSize - 1) / pageSize);
          List<Comment> top =
              page > pageCount ? List.of() : store.publishedRoots(handle, articleId, sort, pageSize, (page - 1) * pageSize);
          List<Comment> replies =
              summary.published() > summary.roots()
                  ? store.publishedReplies(handle, top.stream().map(Comment::id).toList())
                  : List.of();
          return new CommentPage(
              thread(top, replies), sort, page, pageCount, summary.published(), summary.lastId());
        });
  }

  /** Published comments per story, for lists of stories (0 for stories with none). */
  public Map<Long, Long> publishedCounts(Collection<Long> articleIds) {
    return database.read(handle -> store.publishedCounts(handle, articleIds));
  }

  /**
   * A page of a story's published comments, replies included, in the chosen order, after a
   * position in it (the last comment of the previous page), or from the start when null.
   */
  public List<Comment> publishedPage(long articleId, CommentSort sort, CommentPosition after, int limit) {
    return database.read(handle -> store.publishedPage(handle, articleId, sort, after, limit));
  }

  /** The highest id of a story's published comments, or 0 when it has none. */
  public long lastPublishedId(long articleId) {
    return database.read(handle -> store.lastPublishedId(handle, articleId));
  }

  /** Published comments of a story stored after the given comment id, oldest first. */
  public List<Comment> publishedAfter(long articleId, long afterId, int limit) {
    return database.read(handle -> store.publishedAfter(handle, articleId, afterId, limit));
  }

  /**
   * Where a published comment is shown: the page of its thread, oldest first, with {@code
   * pageSize} threads a page. Empty when the comment, or its thread, is not shown to readers.
   */
  public Optional<CommentLocation> locate(long commentId, int pageSize) {
    return database.read(
        handle ->
            store
                .find(handle, commentId)
                .filter(c -> c.status() == CommentStatus.PUBLISHED)
                .flatMap(c -> store.find(handle, c.rootId() == null ? c.id() : c.rootId()))
                .filter(root -> root.status() == CommentStatus.PUBLISHED)
                .map(
                    root ->
                        new CommentLocation(
                            root.articleId(),
                            commentId,
                            (int) (store.publishedRootsBefore(handle, root) / pageSize) + 1)));
  }

  private static List<ThreadedComment> thread(List<Comment> top, List<Comment> replies) {
    Map<Long, List<Comment>> children = new HashMap<>();
    Map<Long, Comment> shown = new LinkedHashMap<>();
    top.forEach(c -> shown.put(c.id(), c));
    replies.forEach(c -> shown.put(c.id(), c));
    for (Comment reply : replies) {
      // A reply whose parent is not shown (held or rejected) hangs under the nearest shown one.
      Long parent = reply.parentId();
      Long under = shown.containsKey(parent) ? parent : reply.rootId();
      children.computeIfAbsent(under, k -> new ArrayList<>()).add(reply);
    }
    List<ThreadedComment> threads = new ArrayList<>(top.size());
    for (Comment root : top) {
      threads.add(build(root, children));
    }
    return threads;
  }

  private static ThreadedComment build(Comment comment, Map<Long, List<Comment>> children) {
    List<ThreadedComment> replies = new ArrayList<>();
    for (Comment child : children.getOrDefault(comment.id(), List.of())) {
      replies.add(build(child, children));
    }
    return new ThreadedComment(comment, replies);
  }
}
