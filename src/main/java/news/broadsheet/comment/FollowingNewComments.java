package news.broadsheet.comment;

import java.util.Collection;
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
 * What the two ways of finding new comments share ({@link PolledNewComments} on SQLite, {@link
 * NotifiedNewComments} on PostgreSQL): the stories followed, this node's comments told at once,
 * and one thread that reads the database for the others, started with the first story followed
 * (so commands that follow none never start it). When to read is the subclass's choice.
 */
public abstract sealed class FollowingNewComments implements NewComments, PublishedCommentListener, AutoCloseable
    permits PolledNewComments, NotifiedNewComments {

  private static final int READ_BATCH = 500;
  private static final Logger LOG = LoggerFactory.getLogger(FollowingNewComments.class);

  private final CommentService comments;
  private final Map<Long, FollowedStory> followed = new ConcurrentHashMap<>();
  private ScheduledExecutorService worker;
  private boolean closed;

  FollowingNewComments(CommentService comments) {
    this.comments = comments;
  }

  /** Runs once, on the reading thread, when the first story is followed: schedules what reads. */
  abstract void started();

  @Override
  public final Following follow(long articleId, Consumer<Comment> follower) {
    long above = comments.lastPublishedId(articleId);
    FollowedStory story = new FollowedStory(articleId, above, follower);
    followed.put(articleId, story);
    start();
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
  public final void published(Comment comment) {
    FollowedStory story = followed.get(comment.articleId());
    if (story != null) {
      submit(() -> story.offer(comment));
    }
  }

  @Override
  public final synchronized void close() {
    closed = true;
    followed.clear();
    if (worker != null) {
      worker.shutdownNow();
    }
  }

  final boolean isFollowed(long articleId) {
    return followed.containsKey(articleId);
  }

  final Collection<Long> followedStories() {
    return followed.keySet();
  }

  /** Reads the comments each of these stories (when still followed) has above what its follower was told; on the reading thread. */
  final void read(Collection<Long> articleIds) {
    long now = System.nanoTime();
    for (Long articleId : articleIds) {
      FollowedStory story = followed.get(articleId);
      if (story != null) {
        comments.publishedAfter(articleId, story.pollFloor(), READ_BATCH).forEach(story::offer);
        story.polled(now);
      }
    }
  }

  /** Runs the task on the reading thread, soon; nothing once closed or before the first story is followed. */
  final void submit(Runnable task) {
    ScheduledExecutorService running = running();
    if (running == null) {
      return;
    }
    try {
      running.execute(guarded(task));
    } catch (RejectedExecutionException stopping) {
      // the node is stopping; its readers reconnect elsewhere and catch up
    }
  }

  /** Runs the task on the reading thread every {@code millis} ms; for {@link #started}. */
  final void every(long millis, Runnable task) {
    ScheduledExecutorService running = running();
    if (running != null) {
      running.scheduleWithFixedDelay(guarded(task), millis, millis, TimeUnit.MILLISECONDS);
    }
  }

  private synchronized void start() {
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
    started();
  }

  private synchronized ScheduledExecutorService running() {
    return worker;
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
