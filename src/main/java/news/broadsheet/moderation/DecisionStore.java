package news.broadsheet.moderation;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** Reads moderators' decisions with the texts they were about: what the classifier learns from. */
public final class DecisionStore {

  /** One decision: approve, or reject (spam counts as reject). */
  public record Decision(long eventId, long commentId, Label label, String text) {}

  /** Moderators' decisions recorded after the given event, oldest first. */
  public List<Decision> after(Handle handle, long afterEventId) {
    return handle
        .createQuery(
            "SELECT e.id, e.comment_id, e.action, c.body FROM moderation_events e"
                + " JOIN comments c ON c.id = e.comment_id"
                + " WHERE e.actor_kind = 'moderator' AND e.action IN ('approved', 'rejected', 'spam') AND e.id > ?"
                + " ORDER BY e.id")
        .bind(0, afterEventId)
        .map((rs, ctx) -> new Decision(
            rs.getLong("id"),
            rs.getLong("comment_id"),
            rs.getString("action").equals("approved") ? Label.APPROVE : Label.REJECT,
            rs.getString("body")))
        .list();
  }
}
