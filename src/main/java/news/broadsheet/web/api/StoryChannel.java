package news.broadsheet.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import news.broadsheet.article.Article;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.NewComments;

/**
 * The open live streams of one story. It follows the story in {@link NewComments} while it has
 * streams, and sends each new comment to all of them as one frame, encoded once. The streams are
 * kept in stripes, one per writer thread, so that every core writes to a share of them, and each
 * stream always hears from the same thread, in order. The frames of the latest comments are kept,
 * so that readers catching up on the same comments share them too.
 */
final class StoryChannel implements Consumer<Comment> {

  private static final int FRAMES_KEPT = 256;

  private final Article article;
  private final CommentEvents events;
  private final List<Executor> writers;
  private final List<Set<LiveStream>> stripes;
  private final Map<Long, EventFrame> latestFrames =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, EventFrame> eldest) {
          return size() > FRAMES_KEPT;
        }
      };
  private NewComments.Following following;
  private volatile long highestSent;

  /** @param writers the threads that write to the streams, one per stripe */
  StoryChannel(Article article, CommentEvents events, List<Executor> writers) {
    this.article = article;
    this.events = events;
    this.writers = writers;
    this.stripes = IntStream.range(0, writers.size()).<Set<LiveStream>>mapToObj(i -> ConcurrentHashMap.newKeySet()).toList();
  }

  Article article() {
    return article;
  }

  void add(LiveStream stream) {
    stripes.get(stream.stripe()).add(stream);
  }

  void remove(LiveStream stream) {
    stripes.get(stream.stripe()).remove(stream);
  }

  boolean isEmpty() {
    return stripes.stream().allMatch(Set::isEmpty);
  }

  int size() {
    return stripes.stream().mapToInt(Set::size).sum();
  }

  /** Does something to every stream, each stripe on its writer thread. */
  void forEachStream(Consumer<LiveStream> action) {
    for (int i = 0; i < stripes.size(); i++) {
      Set<LiveStream> stripe = stripes.get(i);
      writers.get(i).execute(() -> stripe.forEach(action));
    }
  }

  /** Starts following the story, once. */
  synchronized void follow(NewComments feed) {
    if (following == null) {
      following = feed.follow(article.id(), this);
      highestSent = Math.max(highestSent, following.above());
    }
  }

  /** Stops following the story: its last stream has gone. */
  synchronized void unfollow() {
    if (following != null) {
      following.close();
    }
  }

  /**
   * Whether a reader who saw every comment up to {@code lastEventId} has missed nothing this
   * channel knows of: every comment above it that is published reaches the reader live.
   */
  boolean coversAfter(long lastEventId) {
    return lastEventId >= highestSent;
  }

  /** A newly published comment of the story, sent to every stream. */
  @Override
  public void accept(Comment comment) {
    EventFrame frame = frameOf(comment);
    highestSent = Math.max(highestSent, comment.id());
    forEachStream(stream -> stream.offer(comment.id(), frame));
  }

  /** The comment's frame: the one already made for it, or a new one. */
  EventFrame frameOf(Comment comment) {
    synchronized (latestFrames) {
      EventFrame kept = latestFrames.get(comment.id());
      if (kept != null) {
        return kept;
      }
    }
    EventFrame made = EventFrame.comment(comment.id(), events.data(comment, article));
    synchronized (latestFrames) {
      latestFrames.put(comment.id(), made);
    }
    return made;
  }
}
