package news.broadsheet.comment;

import java.util.function.Consumer;

/**
 * Where this node learns of comments newly published on the stories it follows, whichever node
 * published them. Live streams subscribe here and know nothing of how the comments are found
 * (on PostgreSQL through the change feed's notifications, {@link NotifiedNewComments}; on a
 * SQLite file a poll of the database, {@link PolledNewComments}).
 *
 * <p>Each follower is told of each comment once, on the feed's own thread, one comment at a time.
 */
public interface NewComments {

  /**
   * Starts following a story: its comments published from now on reach the follower. A story has
   * one follower at a time; following it again replaces the earlier one.
   */
  Following follow(long articleId, Consumer<Comment> follower);

  /** A story followed. */
  interface Following extends AutoCloseable {

    /**
     * The highest id among the story's published comments when the following began: comments
     * above it reach the follower (on PostgreSQL, one with a lower id that commits later too).
     */
    long above();

    /** Stops this following; its follower hears nothing more. */
    @Override
    void close();
  }
}
