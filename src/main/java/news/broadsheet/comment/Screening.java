package news.broadsheet.comment;

import org.jdbi.v3.core.Handle;

/**
 * The one moderation step every new comment passes before it is stored: it decides whether the
 * comment is published, held for a moderator, or rejected. The moderation capability supplies
 * the real one; {@link #PUBLISH_ALL} lets every comment through.
 */
@FunctionalInterface
public interface Screening {

  Verdict screen(CommentDraft draft);

  /**
   * Hears the comment as stored with this verdict, inside the transaction that stores it, so that
   * a record of the decision commits together with the comment.
   */
  default void stored(Handle handle, Comment comment, Verdict verdict) {}

  Screening PUBLISH_ALL = draft -> Verdict.publish();
}
