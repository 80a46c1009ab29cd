package news.broadsheet.web.api;

import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import news.broadsheet.article.Article;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentService;
import news.broadsheet.comment.PublishedCommentListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live comment streams of every open story page. Each newly published comment reaches the
 * streams of its story from this node's posting service at once, and from a poll of the
 * database every {@link #POLL_EVERY} (one query per story with open streams, not per stream),
 * so that comments posted on other nodes arrive too. A heartbeat every {@link #HEARTBEAT_EVERY}
 * keeps connections open and finds the closed ones.
 */
public final class CommentStreams implements PublishedCommentListener, AutoCloseable {

  static final Duration POLL_EVERY = Duration.ofMillis(500);
  static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(15);
  /** The most comments a new stream replays; a reader who missed more is told to load the page again. */
  static final int REPLAY_MAX = 100;
  private static final int POLL_BATCH = 500;
  private static final Logger LOG = LoggerFactory.getLogger(CommentStreams.class);

  private final CommentService comments;
  private final CommentEvents events;
  private final Map<Long, StreamChannel> channels = new ConcurrentHashMap<>();
  private volatile boolean closed;
  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "live-comments");
            thread.setDaemon(true);
            return thread;
          });

  CommentStreams(CommentService comments, CommentEvents events) {
    this.comments = comments;
    this.events = events;
    worker.scheduleWithFixedDelay(
        guarded(this::pollAll), POLL_EVERY.toMillis(), POLL_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    worker.scheduleWithFixedDelay(
        guarded(this::heartbeat), HEARTBEAT_EVERY.toMillis(), HEARTBEAT_EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Serves one stream until it closes: joins the story's channel, then replays the comments
   * published after {@code lastEventId} (or, without one, after the newest there is now), then
   * goes live.
   */
  void open(Article article, Long lastEventId, SseClient client, Runnable onLeave) {
    client.keepAlive();
    StreamSubscriber subscriber = new StreamSubscriber(client, onLeave);
    StreamChannel channel =
        channels.compute(
            article.id(),
            (id, existing) -> {
              StreamChannel joined = existing != null ? existing : new StreamChannel(article);
              joined.add(subscriber);
              return joined;
            });
    client.onClose(() -> leave(channel, subscriber));
    if (closed) { // the server is stopping: the browser reconnects to it, or another, later
      subscriber.close();
      return;
    }
    try {
      channel.startPollingAbove(() -> comments.lastPublishedId(article.id()));
      long after = lastEventId != null ? lastEventId : comments.lastPublishedId(article.id());
      replay(channel, subscriber, after);
      subscriber.goLive();
    } catch (RuntimeException failed) {
      LOG.warn("live comments: cannot start a stream of story {}: {}", article.id(), failed.toString());
      client.close(); // the browser reconnects and replays from its last event
    }
  }

  @Override
  public void published(Comment comment) {
    StreamChannel channel = channels.get(comment.articleId());
    if (channel == null) {
      return;
    }
    try {
      worker.execute(guarded(() -> channel.deliver(comment, events)));
    } catch (RejectedExecutionException shutDown) {
      // the server is stopping; pages reconnect elsewhere and replay
    }
  }

  /** Open streams across all stories. */
  public int openStreams() {
    return channels.values().stream().mapToInt(StreamChannel::size).sum();
  }

  /** Sends every stream a heartbeat and forgets the streams found closed. */
  void heartbeat() {
    for (StreamChannel channel : channels.values()) {
      for (StreamSubscriber subscriber : channel.subscribers()) {
        subscriber.heartbeat();
        if (!subscriber.isOpen()) {
          leave(channel, subscriber);
        }
      }
    }
  }

  /**
   * Ends every stream, and every stream opened from now on; browsers reconnect (to another node,
   * or after the restart) and replay.
   */
  @Override
  public void close() {
    closed = true;
    worker.shutdownNow();
    endAll();
  }

  /** Ends every open stream; each browser reconnects with the last id it saw and replays. */
  public void endAll() {
    for (StreamChannel channel : List.copyOf(channels.values())) {
      List.copyOf(channel.subscribers()).forEach(StreamSubscriber::close);
    }
  }

  /**
   * Sends what the reader missed, oldest first; more than {@link #REPLAY_MAX} is not replayed (one
   * query of that many rows at most, however old the reader's last id): the reader is told to load
   * the page instead, and the stream goes live from now.
   */
  private void replay(StreamChannel channel, StreamSubscriber subscriber, long after) {
    List<Comment> missed = comments.publishedAfter(channel.articleId(), after, REPLAY_MAX + 1);
    if (missed.size() > REPLAY_MAX) {
      subscriber.tooFarBehind("More than " + REPLAY_MAX + " comments were published meanwhile: load the page again.");
      return;
    }
    for (Comment comment : missed) {
      subscriber.replay(comment.id(), events.data(comment, channel.article()));
    }
  }

  private void pollAll() {
    long now = System.nanoTime();
    for (StreamChannel channel : channels.values()) {
      long floor = channel.pollFloor();
      if (floor < 0) {
        continue;
      }
      List<Comment> fresh = comments.publishedAfter(channel.articleId(), floor, POLL_BATCH);
      fresh.forEach(comment -> channel.deliver(comment, events));
      channel.polled(now);
    }
  }

  private void leave(StreamChannel channel, StreamSubscriber subscriber) {
    subscriber.left();
    channel.remove(subscriber);
    channels.computeIfPresent(channel.articleId(), (id, current) -> current.isEmpty() ? null : current);
  }

  private static Runnable guarded(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException failed) {
        LOG.warn("live comments: {}", failed.toString());
      }
    };
  }
}
