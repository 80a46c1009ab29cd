package news.broadsheet.comment;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link NewComments} from this node's posting service at once, and from a poll of the database
 * every {@link #POLL_EVERY_MILLIS} ms (one query per followed story, not per reader), so that
 * comments posted on other nodes arrive too. Its one thread starts with the first story
 * followed, so commands that follow none never start it.
 */
public final class PolledNewComments implements NewComments, PublishedCommentListener, AutoCloseable {

  static final long POLL_EVERY_MILLIS = 500;
  private static final int POLL_BATCH = 500;
  private static final Logger LOG = LoggerFactory.getLogger(PolledNewComments.class);

  private final CommentService comments;
  private final Map<Long, FollowedStory> followed = new ConcurrentHashMap<>();
  private ScheduledExecutorService worker;
  private boolean closed;

  public PolledNewComments(CommentService comments) {
    this.comments = comments;
  }

  @Override
  public Following follow(long articleId, Consumer<Comment> follower) {
    long above = comments.lastPublishedId(articleId);
    FollowedStory story = new FollowedStory(articleId, above, follower);
    followed.put(articleId, story);
    startPolling();
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
    ScheduledExecutorService running = running();
    if (story == null || running == null) {
      return;
    }
    try {
      running.execute(guarded(() -> story.offer(comment)));
    } catch (RejectedExecutionException stopping) {
      // the node is stopping; its readers reconnect elsewhere and catch up
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    followed.clear();
    if (worker != null) {
      worker.shutdownNow();
    }
  }

  private synchronized void startPolling() {
    if (worker != null || closed) {
      return;
    }
    worker =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "new-comments");
              thread.setDaemon(true);
              return thread;
            });
    worker.scheduleWithFixedDelay(guarded(this::pollAll), POLL_EVERY_MILLIS, POLL_EVERY_MILLIS, TimeUnit.MILLISECONDS);
  }

  private synchronized ScheduledExecutorService running() {
    return worker;
  }

  private void pollAll() {
    long now = System.nanoTime();
    for (FollowedStory story : followed.values()) {
      List<Comment> fresh = comments.publishedAfter(story.articleId(), story.pollFloor(), POLL_BATCH);
      fresh.forEach(story::offer);
      story.polled(now);
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
