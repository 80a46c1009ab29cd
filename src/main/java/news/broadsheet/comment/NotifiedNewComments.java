package news.broadsheet.comment;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import news.broadsheet.storage.ChangeFeed;
import news.broadsheet.storage.ChangeKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link NewComments} for nodes sharing a PostgreSQL database: this node's comments from its
 * posting service at once, and other nodes' as the {@link ChangeFeed} tells of them. A
 * notification marks its story; the feed's thread hands over to this one's, which reads each
 * marked story's comments above what its follower has been told (one query for however many
 * notifications arrived meanwhile), so comments that commit out of the order of their ids arrive
 * too. Nothing is polled while the feed is current; while it is not (its connection lost), every
 * followed story is read every {@link #FALLBACK_MILLIS} ms, and once it is back every followed
 * story is read once to catch up.
 */
public final class NotifiedNewComments implements NewComments, PublishedCommentListener, AutoCloseable {

  static final long FALLBACK_MILLIS = 500;
  private static final int READ_BATCH = 500;
  private static final Logger LOG = LoggerFactory.getLogger(NotifiedNewComments.class);

  private final CommentService comments;
  private final ChangeFeed feed;
  private final Map<Long, FollowedStory> followed = new ConcurrentHashMap<>();
  private final Set<Long> marked = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "new-comments");
        thread.setDaemon(true);
        return thread;
      });

  public NotifiedNewComments(CommentService comments, ChangeFeed feed) {
    this.comments = comments;
    this.feed = feed;
    feed.on(ChangeKind.COMMENT_PUBLISHED, change -> mark(change.subject()));
    feed.on(ChangeKind.STORY, change -> mark(change.subject())); // an import may have added comments
    feed.onCatchUp(() -> followed.keySet().forEach(this::mark));
    worker.scheduleWithFixedDelay(guarded(this::fallBack), FALLBACK_MILLIS, FALLBACK_MILLIS, TimeUnit.MILLISECONDS);
  }

  @Override
  public Following follow(long articleId, Consumer<Comment> follower) {
    long above = comments.lastPublishedId(articleId);
    FollowedStory story = new FollowedStory(articleId, above, follower);
    followed.put(articleId, story);
    return new Following() {
      @Override
      public long above() {
        return above;
      }

      @Override
      public void close() {
        followed.remove(articleId, story);
      }
    };
  }

  /** A comment published through this node: told to the story's follower at once. */
  @Override
  public void published(Comment comment) {
    FollowedStory story = followed.get(comment.articleId());
    if (story != null) {
      submit(() -> story.offer(comment));
    }
  }

  @Override
  public void close() {
    followed.clear();
    worker.shutdownNow();
  }

  /** A story followed here has new comments on another node: read it soon, on this thread. */
  private void mark(long articleId) {
    if (followed.containsKey(articleId) && marked.add(articleId)) {
      submit(this::readMarked);
    }
  }

  private void readMarked() {
    long now = System.nanoTime();
    for (Long articleId : Set.copyOf(marked)) {
      marked.remove(articleId);
      FollowedStory story = followed.get(articleId);
      if (story != null) {
        comments.publishedAfter(articleId, story.pollFloor(), READ_BATCH).forEach(story::offer);
        story.polled(now);
      }
    }
  }

  private void fallBack() {
    if (!feed.state().isCurrent()) {
      followed.keySet().forEach(marked::add);
      readMarked();
    }
  }

  private void submit(Runnable task) {
    try {
      worker.execute(guarded(task));
    } catch (RejectedExecutionException stopping) {
      // the node is stopping; its readers reconnect elsewhere and catch up
    }
  }

  private static Runnable guarded(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException failed) {
        LOG.warn("new comments: {}", failed.toString());
      }
    };
  }
}
