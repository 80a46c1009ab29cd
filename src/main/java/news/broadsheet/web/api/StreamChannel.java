package news.broadsheet.web.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import news.broadsheet.article.Article;
import news.broadsheet.comment.Comment;

/**
 * The open live streams of one story, and which of its comments they have been sent.
 *
 * <p>Comments arrive twice over: from this node's posting service at once, and from polling the
 * database (comments posted on other nodes). Polling asks for comments above a floor that lags
 * the highest id seen by {@link #LOOKBACK_NANOS}, because on PostgreSQL a comment with a lower
 * id can commit after one with a higher id; ids already delivered are skipped.
 */
final class StreamChannel {

  static final long LOOKBACK_NANOS = 5_000_000_000L;
  private static final long UNSET = -1;

  private final Article article;
  private final List<StreamSubscriber> subscribers = new CopyOnWriteArrayList<>();
  private final TreeSet<Long> delivered = new TreeSet<>();
  private final Deque<long[]> marks = new ArrayDeque<>();
  private long floor = UNSET;
  private long highestSeen;

  StreamChannel(Article article) {
    this.article = article;
  }

  long articleId() {
    return article.id();
  }

  Article article() {
    return article;
  }

  void add(StreamSubscriber subscriber) {
    subscribers.add(subscriber);
  }

  void remove(StreamSubscriber subscriber) {
    subscribers.remove(subscriber);
  }

  boolean isEmpty() {
    return subscribers.isEmpty();
  }

  int size() {
    return subscribers.size();
  }

  List<StreamSubscriber> subscribers() {
    return subscribers;
  }

  /** Sets where polling starts (the story's highest comment id now), once. */
  synchronized void startPollingAbove(LongSupplier lastPublishedId) {
    if (floor == UNSET) {
      floor = lastPublishedId.getAsLong();
      highestSeen = floor;
    }
  }

  /** Where the next poll starts, or -1 before the channel knows. */
  synchronized long pollFloor() {
    return floor;
  }

  /** Sends a newly published comment to every stream, unless it was sent already. */
  synchronized void deliver(Comment comment, CommentEvents events) {
    if (comment.id() <= floor || !delivered.add(comment.id())) {
      return;
    }
    highestSeen = Math.max(highestSeen, comment.id());
    String data = events.data(comment, article);
    subscribers.forEach(subscriber -> subscriber.offer(comment.id(), data));
  }

  /** After a poll: raises the floor to what was seen {@link #LOOKBACK_NANOS} ago. */
  synchronized void polled(long nowNanos) {
    marks.addLast(new long[] {nowNanos, highestSeen});
    while (!marks.isEmpty() && nowNanos - marks.peekFirst()[0] >= LOOKBACK_NANOS) {
      floor = Math.max(floor, marks.pollFirst()[1]);
    }
    delivered.headSet(floor, true).clear();
  }
}
