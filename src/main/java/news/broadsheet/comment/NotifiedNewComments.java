package news.broadsheet.comment;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import news.broadsheet.storage.ChangeFeed;
import news.broadsheet.storage.ChangeKind;

/**
 * {@link NewComments} for nodes sharing a PostgreSQL database: this node's comments from its
 * posting service at once, and other nodes' as the {@link ChangeFeed} tells of them. A
 * notification marks its story; the feed's thread hands over to the reading thread, which reads
 * each marked story's comments above what its follower has been told (one query for however many
 * notifications arrived meanwhile), so comments that commit out of the order of their ids arrive
 * too. Nothing is polled while the feed is current; while it is not (its connection lost), every
 * followed story is read every {@link #FALLBACK_MILLIS} ms, and once it is back every followed
 * story is read once to catch up.
 */
public final class NotifiedNewComments extends FollowingNewComments {

  static final long FALLBACK_MILLIS = 500;

  private final ChangeFeed feed;
  private final Set<Long> marked = ConcurrentHashMap.newKeySet();

  public NotifiedNewComments(CommentService comments, ChangeFeed feed) {
    super(comments);
    this.feed = feed;
    feed.on(ChangeKind.COMMENT_PUBLISHED, change -> mark(change.subject()));
    feed.on(ChangeKind.STORY, change -> mark(change.subject())); // an import may have added comments
    feed.onCatchUp(() -> followedStories().forEach(this::mark));
  }

  @Override
  void started() {
    every(FALLBACK_MILLIS, this::fallBack);
  }

  /** A story followed here has new comments on another node: read it soon, on the reading thread. */
  private void mark(long articleId) {
    if (isFollowed(articleId) && marked.add(articleId)) {
      submit(this::readMarked);
    }
  }

  private void readMarked() {
    List<Long> stories = List.copyOf(marked);
    marked.removeAll(stories);
    read(stories);
  }

  private void fallBack() {
    if (!feed.state().isCurrent()) {
      read(List.copyOf(followedStories()));
    }
  }
}
