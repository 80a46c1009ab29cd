package news.broadsheet.comment;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * One story {@link FollowingNewComments} follows, and which of its comments the follower has been
 * told of. Comments arrive twice over: from this node's posting service and from the poll.
 * Polling asks for comments above a floor that lags the highest id seen by {@link
 * #LOOKBACK_NANOS}, because on PostgreSQL a comment with a lower id can commit after one with a
 * higher id; ids already told are skipped.
 */
final class FollowedStory {

  static final long LOOKBACK_NANOS = 5_000_000_000L;

  private final long articleId;
  private final Consumer<Comment> follower;
  private final TreeSet<Long> told = new TreeSet<>();
  private final Deque<long[]> marks = new ArrayDeque<>();
  private long floor;
  private long highestSeen;

  FollowedStory(long articleId, long above, Consumer<Comment> follower) {
    this.articleId = articleId;
    this.follower = follower;
    this.floor = above;
    this.highestSeen = above;
  }

  long articleId() {
    return articleId;
  }

  /** Where the next poll starts. */
  synchronized long pollFloor() {
    return floor;
  }

  /** Tells the follower of a newly published comment, unless it was told already. */
  void offer(Comment comment) {
    synchronized (this) {
      if (comment.id() <= floor || !told.add(comment.id())) {
        return;
      }
      highestSeen = Math.max(highestSeen, comment.id());
    }
    follower.accept(comment);
  }

  /** After a poll: raises the floor to what was seen {@link #LOOKBACK_NANOS} ago. */
  synchronized void polled(long nowNanos) {
    marks.addLast(new long[] {nowNanos, highestSeen});
    while (!marks.isEmpty() && nowNanos - marks.peekFirst()[0] >= LOOKBACK_NANOS) {
      floor = Math.max(floor, marks.pollFirst()[1]);
    }
    told.headSet(floor, true).clear();
  }
}
