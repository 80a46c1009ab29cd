package news.broadsheet.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.comment.ReasonCodec;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reads and writes the audit trail, {@code moderation_events}: the action by its code, the reasons
 * as {@link ReasonCodec} stores them, a person's note in {@code reason}. Rows are added, never
 * changed.
 */
public final class ModerationStore {

  private static final String COLUMNS =
      "id, comment_id, subject, actor_kind, actor, actor_account_id, action, reasons, reason, from_status,"
          + " to_status, created_at";

  /** Adds an event; its id and time are taken from the arguments, the id is given by the database. */
  public long insert(Handle handle, ModerationEvent event) {
    return handle
        .createUpdate(
            "INSERT INTO moderation_events (comment_id, subject, actor_kind, actor, actor_account_id, action,"
                + " reasons, reason, from_status, to_status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(0, event.commentId())
        .bind(1, event.subject())
        .bind(2, event.actorKind().code())
        .bind(3, event.actor())
        .bind(4, event.actorAccountId())
        .bind(5, event.action().code())
        .bind(6, ReasonCodec.encode(event.reasons()))
        .bind(7, event.note())
        .bind(8, code(event.fromStatus()))
        .bind(9, code(event.toStatus()))
        .bind(10, event.at().toEpochMilli())
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /** A comment's events, oldest first. */
  public List<ModerationEvent> ofComment(Handle handle, long commentId) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM moderation_events WHERE comment_id = ? ORDER BY id")
        .bind(0, commentId)
        .map(ModerationStore::event)
        .list();
  }

  /** The events of each of these comments, oldest first, by comment id. */
  public Map<Long, List<ModerationEvent>> ofComments(Handle handle, Collection<Long> commentIds) {
    Map<Long, List<ModerationEvent>> found = new HashMap<>();
    if (!commentIds.isEmpty()) {
      handle
          .createQuery("SELECT " + COLUMNS + " FROM moderation_events WHERE comment_id IN (<ids>) ORDER BY id")
          .bindList("ids", List.copyOf(commentIds))
          .map(ModerationStore::event)
          .forEach(event -> found.computeIfAbsent(event.commentId(), id -> new ArrayList<>()).add(event));
    }
    return found;
  }

  /** Events about commenters and stories rather than comments, newest first. */
  public List<ModerationEvent> ofSubject(Handle handle, String subject, int limit) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM moderation_events WHERE subject = ? ORDER BY id DESC LIMIT ?")
        .bind(0, subject)
        .bind(1, limit)
        .map(ModerationStore::event)
        .list();
  }

  static ModerationEvent event(ResultSet rs, StatementContext ctx) throws SQLException {
    long comment = rs.getLong("comment_id");
    Long commentId = rs.wasNull() ? null : comment;
    long account = rs.getLong("actor_account_id");
    Long accountId = rs.wasNull() ? null : account;
    return new ModerationEvent(
        rs.getLong("id"),
        commentId,
        rs.getString("subject"),
        ActorKind.fromCode(rs.getString("actor_kind")),
        rs.getString("actor"),
        accountId,
        ModerationAction.fromCode(rs.getString("action")),
        ReasonCodec.decode(rs.getString("reasons")),
        rs.getString("reason"),
        status(rs.getString("from_status")),
        status(rs.getString("to_status")),
        Instant.ofEpochMilli(rs.getLong("created_at")));
  }

  private static String code(CommentStatus status) {
    return status == null ? null : status.code();
  }

  private static CommentStatus status(String code) {
    return code == null ? null : CommentStatus.fromCode(code);
  }
}
