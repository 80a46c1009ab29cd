package news.broadsheet.comment;

/**
 * {@link NewComments} for a SQLite file, which only one server uses and nobody can be notified
 * of: this node's comments from its posting service at once, and from a poll of the database
 * every {@link #POLL_EVERY_MILLIS} ms (one query per followed story, not per reader), so that
 * comments a command stores (an import while the server runs) arrive too.
 */
public final class PolledNewComments extends FollowingNewComments {

  static final long POLL_EVERY_MILLIS = 500;

  public PolledNewComments(CommentService comments) {
    super(comments);
  }

  @Override
  void started() {
    every(POLL_EVERY_MILLIS, () -> read(java.util.List.copyOf(followedStories())));
  }
}
