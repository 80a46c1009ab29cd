package news.broadsheet.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import news.broadsheet.comment.ReasonCodec;
import news.broadsheet.comment.ReasonText;
import news.broadsheet.privacy.CommenterData.Decision;
import news.broadsheet.privacy.CommenterData.Login;
import news.broadsheet.privacy.CommenterData.PostedComment;
import news.broadsheet.privacy.CommenterData.SanctionEntry;
import org.jdbi.v3.core.Handle;

/**
 * Reads what the tables hold about one commenter, and erases it: the one place that looks across
 * every table that holds a commenter's data (users, sessions, login_clients, comments,
 * moderation_events, comment_reports, sanctions, premoderation) for their data rights.
 */
public final class CommenterDataStore {

  /** Lists of ids are bound in slices, within every database's limit of parameters. */
  private static final int SLICE = 500;
  static final String REMOVED_NAME = "[removed]";
  static final String REMOVED_TEXT = "[removed at the reader's request]";
  private static final String COMMENT_COLUMNS =
      "c.id, c.article_id, a.headline, c.parent_id, c.name, c.posted_at, c.posted_local, c.body, c.status,"
          + " c.client_key, c.recommendations, c.reasons";

  CommenterData.Account account(Handle handle, long id) {
    return handle
        .createQuery("SELECT id, name, role, disabled, created_at FROM users WHERE id = ?")
        .bind(0, id)
        .map((rs, ctx) -> new CommenterData.Account(rs.getLong("id"), rs.getString("name"), rs.getString("role"),
            rs.getBoolean("disabled"), Instant.ofEpochMilli(rs.getLong("created_at"))))
        .one();
  }

  List<Login> logins(Handle handle, long userId) {
    return handle
        .createQuery("SELECT created_at, last_seen_at, expires_at FROM sessions WHERE user_id = ? ORDER BY created_at")
        .bind(0, userId)
        .map((rs, ctx) -> new Login(instant(rs, "created_at"), instant(rs, "last_seen_at"), instant(rs, "expires_at")))
        .list();
  }

  List<Instant> loginClients(Handle handle, long userId) {
    return handle
        .createQuery("SELECT last_login_at FROM login_clients WHERE user_id = ? ORDER BY last_login_at")
        .bind(0, userId)
        .map((rs, ctx) -> instant(rs, "last_login_at"))
        .list();
  }

  /** An account's comments, or a guest's: posted here under the name from the connection, without an account. */
  List<PostedComment> comments(Handle handle, DataSubject subject) {
    String where =
        subject.isAccount()
            ? "c.account_id = ?"
            : "c.name = ? AND c.client_key = ? AND c.account_id IS NULL AND c.origin = 'posted'";
    var query =
        handle.createQuery(
            "SELECT " + COMMENT_COLUMNS + " FROM comments c JOIN articles a ON a.id = c.article_id WHERE " + where
                + " AND c.status <> 'erased' ORDER BY c.posted_at, c.id");
    if (subject.isAccount()) {
      query.bind(0, subject.accountId());
    } else {
      query.bind(0, subject.name()).bind(1, subject.clientKey());
    }
    return query.map((rs, ctx) -> comment(rs)).list();
  }

  /** Decisions on these comments, and on the commenter as moderation names them. */
  List<Decision> decisions(Handle handle, List<Long> commentIds, String commenterSubject) {
    List<Decision> decisions = new ArrayList<>(sliced(commentIds, slice -> handle
        .createQuery("SELECT comment_id, actor_kind, action, reasons, reason, created_at FROM moderation_events"
            + " WHERE comment_id IN (<ids>) ORDER BY id")
        .bindList("ids", slice)
        .map((rs, ctx) -> decision(rs))
        .list()));
    decisions.addAll(handle
        .createQuery("SELECT comment_id, actor_kind, action, reasons, reason, created_at FROM moderation_events"
            + " WHERE comment_id IS NULL AND (subject = ? OR subject LIKE ?) ORDER BY id")
        .bind(0, commenterSubject)
        .bind(1, commenterSubject + " %")
        .map((rs, ctx) -> decision(rs))
        .list());
    return decisions;
  }

  /** Sanctions of the account, or of the guest's name (with or without a connection) or connection. */
  List<SanctionEntry> sanctions(Handle handle, DataSubject subject, String nameKey) {
    var query = subject.isAccount()
        ? handle.createQuery(SANCTIONS + "account_id = ? ORDER BY id").bind(0, subject.accountId())
        : handle.createQuery(SANCTIONS + "account_id IS NULL AND ((name_key = ? AND (client_key = ? OR client_key IS NULL))"
                + " OR (client_key = ? AND name_key IS NULL)) ORDER BY id")
            .bind(0, nameKey).bind(1, subject.clientKey()).bind(2, subject.clientKey());
    return query.map((rs, ctx) -> new SanctionEntry(rs.getString("kind"), rs.getString("reason"),
        instant(rs, "ends_at"), instant(rs, "created_at"), instant(rs, "lifted_at"))).list();
  }

  private static final String SANCTIONS = "SELECT kind, reason, ends_at, created_at, lifted_at FROM sanctions WHERE ";

  /** Pre-moderation entries as "kind:subject" among these. */
  List<String> premoderation(Handle handle, Set<String> entries) {
    return handle
        .createQuery("SELECT kind, subject FROM premoderation ORDER BY kind, subject")
        .map((rs, ctx) -> rs.getString("kind") + ":" + rs.getString("subject"))
        .filter(entries::contains)
        .list();
  }

  /** Published comments among these that have a published reply. */
  List<Long> withPublishedReplies(Handle handle, List<Long> commentIds) {
    return sliced(commentIds, slice -> handle
        .createQuery("SELECT DISTINCT p.id FROM comments p JOIN comments r ON r.parent_id = p.id"
            + " WHERE p.id IN (<ids>) AND p.status = 'published' AND r.status = 'published'")
        .bindList("ids", slice)
        .mapTo(Long.class)
        .list());
  }

  /** Keeps the comments in their threads, without their writer, text, connection or reasons. */
  void anonymise(Handle handle, List<Long> commentIds) {
    sliced(commentIds, slice -> List.of(handle
        .createUpdate("UPDATE comments SET name = :name, body = :text, client_key = NULL, account_id = NULL,"
            + " reasons = '', identity = 'erased:' || id, occurrence = 0 WHERE id IN (<ids>)")
        .bind("name", REMOVED_NAME)
        .bind("text", REMOVED_TEXT)
        .bindList("ids", slice)
        .execute()));
  }

  /** Empties the comments and takes them off every page, feed, API answer and export. */
  void erase(Handle handle, List<Long> commentIds) {
    sliced(commentIds, slice -> List.of(handle
        .createUpdate("UPDATE comments SET name = '', body = '', client_key = NULL, account_id = NULL, reasons = '',"
            + " identity = 'erased:' || id, occurrence = 0, status = 'erased' WHERE id IN (<ids>)")
        .bindList("ids", slice)
        .execute()));
  }

  /** Drops the reasons recorded with decisions on these comments (they may quote the text) and closes their reports. */
  void forgetAround(Handle handle, List<Long> commentIds) {
    sliced(commentIds, slice -> List.of(
        handle.createUpdate("UPDATE moderation_events SET reasons = '', reason = '' WHERE comment_id IN (<ids>)")
            .bindList("ids", slice).execute(),
        handle.createUpdate("UPDATE comment_reports SET reviewed = 1 WHERE comment_id IN (<ids>)")
            .bindList("ids", slice).execute()));
  }

  /** Deletes the account with its sessions and login clients. */
  void deleteAccount(Handle handle, long userId) {
    handle.createUpdate("DELETE FROM sessions WHERE user_id = ?").bind(0, userId).execute();
    handle.createUpdate("DELETE FROM login_clients WHERE user_id = ?").bind(0, userId).execute();
    handle.createUpdate("DELETE FROM users WHERE id = ?").bind(0, userId).execute();
  }

  private static <T> List<T> sliced(List<Long> ids, Function<List<Long>, List<T>> query) {
    List<T> all = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += SLICE) {
      all.addAll(query.apply(ids.subList(from, Math.min(ids.size(), from + SLICE))));
    }
    return all;
  }

  private static PostedComment comment(ResultSet rs) throws SQLException {
    long parent = rs.getLong("parent_id");
    Long parentId = rs.wasNull() ? null : parent;
    return new PostedComment(rs.getLong("id"), rs.getLong("article_id"), rs.getString("headline"), parentId,
        rs.getString("name"), instant(rs, "posted_at"), LocalDateTime.parse(rs.getString("posted_local")),
        rs.getString("body"), rs.getString("status"), rs.getString("client_key"), rs.getInt("recommendations"),
        words(rs.getString("reasons")));
  }

  private static Decision decision(ResultSet rs) throws SQLException {
    long comment = rs.getLong("comment_id");
    Long commentId = rs.wasNull() ? null : comment;
    List<String> reasons = new ArrayList<>(words(rs.getString("reasons")));
    if (!rs.getString("reason").isEmpty()) {
      reasons.add(rs.getString("reason"));
    }
    return new Decision(commentId, rs.getString("actor_kind"), rs.getString("action"), String.join("; ", reasons),
        instant(rs, "created_at"));
  }

  private static List<String> words(String storedReasons) {
    return ReasonCodec.decode(storedReasons).stream().map(ReasonText::line).toList();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }
}
