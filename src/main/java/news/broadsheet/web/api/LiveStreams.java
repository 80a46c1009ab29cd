package news.broadsheet.web.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import news.broadsheet.article.Article;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentService;
import news.broadsheet.comment.NewComments;
import news.broadsheet.web.page.AccessLog;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every open live stream of this node, by story and by client, with their counts. Streams hold
 * no thread: a story's channel hears of new comments from {@link NewComments} and has them written
 * to its streams without blocking, by one writer thread per core, each for its stripe of the
 * streams. A stream that has had nothing written for {@link #HEARTBEAT_EVERY_MILLIS} ms gets a
 * heartbeat, which also finds the streams whose readers have gone.
 */
public final class LiveStreams implements AutoCloseable {

  static final long HEARTBEAT_EVERY_MILLIS = 15_000;
  private static final long HEARTBEAT_CHECK_MILLIS = 5_000;
  static final String ROUTE = "/api/v1/articles/{id}/comments/stream";
  /** The most comments a new stream replays; a reader who missed more is told to load the page again. */
  static final int REPLAY_MAX = 100;
  private static final EventFrame BEHIND =
      EventFrame.behind("More than " + REPLAY_MAX + " comments were published meanwhile: load the page again.");
  private static final int WRITERS = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
  private static final Logger LOG = LoggerFactory.getLogger(LiveStreams.class);

  private final CommentService comments;
  private final NewComments feed;
  private final CommentEvents events;
  private final AccessLog accessLog;
  private final Map<Long, StoryChannel> channels = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> byClient = new ConcurrentHashMap<>();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger opened = new AtomicInteger();
  private final List<ExecutorService> writers =
      IntStream.range(0, WRITERS).mapToObj(i -> daemonThread("live-writer-" + (i + 1))).toList();
  private final ScheduledExecutorService heartbeats =
      Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "live-heartbeats"));
  private volatile boolean closed;

  LiveStreams(CommentService comments, NewComments feed, CommentEvents events, AccessLog accessLog) {
    this.comments = comments;
    this.feed = feed;
    this.events = events;
    this.accessLog = accessLog;
    long quiet = TimeUnit.MILLISECONDS.toNanos(HEARTBEAT_EVERY_MILLIS);
    heartbeats.scheduleWithFixedDelay(
        () -> heartbeat(quiet), HEARTBEAT_CHECK_MILLIS, HEARTBEAT_CHECK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /**
   * Opens a stream and returns once it is live; the response goes on until the reader leaves or
   * the server stops. It replays first the published comments after {@code lastEventId} (none
   * without one), then sends each new comment as it is published. A stream opened while the
   * server stops ends at once.
   */
  void open(
      Article article, Long lastEventId, String client, String path, Response response, EndPoint connection, Callback done,
      Runnable onLeave) {
    long articleId = article.id(); // a stream keeps the story's id, not the story: the channel holds it once
    int stripe = Math.floorMod(opened.getAndIncrement(), WRITERS);
    LiveStream stream = new LiveStream(response, connection, done, client, stripe, (ended, failure) -> {
      leave(articleId, ended, path);
      onLeave.run();
    });
    open.incrementAndGet();
    byClient.computeIfAbsent(client, key -> new AtomicInteger()).incrementAndGet();
    StoryChannel channel = join(article, stream);
    stream.start(EventFrame.retry(reconnectAfterMillis()));
    try {
      channel.follow(feed);
      if (lastEventId != null && !channel.coversAfter(lastEventId)) {
        replay(channel, stream, lastEventId);
      }
      stream.goLive();
    } catch (RuntimeException failed) {
      LOG.warn("live comments: cannot start a stream of story {}: {}", article.id(), failed.toString());
      stream.end(); // the browser reconnects and replays from its last event
    }
    if (closed) {
      stream.end();
    }
  }

  /** Whether the server is stopping: streams asked for now end at once. */
  boolean isClosed() {
    return closed;
  }

  /**
   * The story, when it has open streams: a thousand readers opening the streams of a breaking
   * story cost one read of it.
   */
  Optional<Article> storyFollowed(long articleId) {
    StoryChannel channel = channels.get(articleId);
    return channel == null ? Optional.empty() : Optional.of(channel.article());
  }

  /** Open streams across all stories. */
  public int openStreams() {
    return open.get();
  }

  /** Open streams of one story. */
  public int openOn(long articleId) {
    StoryChannel channel = channels.get(articleId);
    return channel == null ? 0 : channel.size();
  }

  /** Open streams of one client (its address). */
  public int openBy(String client) {
    AtomicInteger count = byClient.get(client);
    return count == null ? 0 : count.get();
  }

  /** Sends every stream a heartbeat now; a stream whose reader has gone ends on it. */
  void heartbeat() {
    heartbeat(0);
  }

  /** Sends a heartbeat to every stream that has had nothing written for {@code quietNanos}. */
  void heartbeat(long quietNanos) {
    for (StoryChannel channel : channels.values()) {
      channel.forEachStream(stream -> stream.heartbeat(quietNanos));
    }
  }

  /**
   * Ends every stream, and every stream opened from now on; browsers reconnect (to another node,
   * or after the restart) and replay.
   */
  @Override
  public void close() {
    closed = true;
    heartbeats.shutdownNow();
    endAll();
    writers.forEach(ExecutorService::shutdown);
  }

  /** Ends every open stream; each browser reconnects with the last id it saw and replays. */
  public void endAll() {
    for (StoryChannel channel : List.copyOf(channels.values())) {
      channel.forEachStream(LiveStream::end);
    }
  }

  private StoryChannel join(Article article, LiveStream stream) {
    return channels.compute(
        article.id(),
        (id, existing) -> {
          StoryChannel joined = existing != null ? existing : new StoryChannel(article, events, List.copyOf(writers));
          joined.add(stream);
          return joined;
        });
  }

  private void leave(long articleId, LiveStream stream, String path) {
    StoryChannel[] emptied = new StoryChannel[1];
    channels.computeIfPresent(
        articleId,
        (id, channel) -> {
          channel.remove(stream);
          emptied[0] = channel.isEmpty() ? channel : null;
          return emptied[0] != null ? null : channel;
        });
    if (emptied[0] != null) {
      emptied[0].unfollow();
    }
    open.decrementAndGet();
    byClient.computeIfPresent(stream.client(), (client, count) -> count.decrementAndGet() == 0 ? null : count);
    accessLog.log("GET", path, ROUTE, 200, System.nanoTime() - stream.openedAt());
  }

  /**
   * Sends what the reader missed, oldest first, in one query of at most {@link #REPLAY_MAX} + 1
   * rows however old the reader's last id; more than {@link #REPLAY_MAX} is not replayed: the
   * reader gets one {@code behind} event instead and the stream goes on from now.
   */
  private void replay(StoryChannel channel, LiveStream stream, long after) {
    List<Comment> missed = comments.publishedAfter(channel.article().id(), after, REPLAY_MAX + 1);
    if (missed.size() > REPLAY_MAX) {
      stream.tooFarBehind(BEHIND);
      return;
    }
    for (Comment comment : missed) {
      stream.replay(comment.id(), channel.frameOf(comment));
    }
  }

  private static ExecutorService daemonThread(String name) {
    return Executors.newSingleThreadExecutor(task -> daemon(task, name));
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }

  /** Spreads the reconnections of a stopping node's readers over a few seconds. */
  private static long reconnectAfterMillis() {
    return ThreadLocalRandom.current().nextLong(1_000, 5_000);
  }
}
