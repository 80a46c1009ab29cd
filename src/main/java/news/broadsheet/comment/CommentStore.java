package news.broadsheet.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.broadsheet.storage.Database;
import news.broadsheet.storage.DeferredIndexes;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads and writes reader comments. The only place that knows the comments tables. */
public final class CommentStore {

  private static final String COLUMNS =
      "id, article_id, parent_id, root_id, name, posted_at, posted_local, body, status, origin,"
          + " recommendations, reasons, account_id";
  /**
   * A posted comment, stored as the next copy of its identity on its story: the occurrence is
   * counted in the insert itself, which saves PostgreSQL a round trip a post.
   */
  private static final String INSERT_POSTED =
      "INSERT INTO comments (article_id, parent_id, root_id, name, posted_at, posted_local, body,"
          + " status, origin, identity, occurrence, reasons, client_key, account_id, created_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " (SELECT COALESCE(MAX(occurrence) + 1, 0) FROM comments WHERE article_id = ? AND identity = ?),"
          + " ?, ?, ?, ?)";
  private static final String PUBLISHED = "'published'";

  /**
   * The comment statements an import runs for every file, prepared once for a whole transaction:
   * on PostgreSQL through {@code COPY}, on SQLite with one prepared insert.
   */
  public CommentImportStore importStore(Handle handle) {
    return Database.isPostgres(handle) ? new PostgresCommentImportStore(handle) : new SqliteCommentImportStore(handle);
  }

  /**
   * How many comments are stored, at most (the highest id: ids only grow), read at once however
   * many there are.
   */
  public long storedAtMost(Handle handle) {
    return handle.createQuery("SELECT COALESCE(MAX(id), 0) FROM comments").mapTo(Long.class).one();
  }

  /**
   * Sets the comments' indexes aside for a bulk load in the handle's transaction, with the insert
   * triggers named (see {@link DeferredIndexes}); restore them before it commits.
   */
  public DeferredIndexes setIndexesAside(Handle handle, Set<String> triggers) {
    return DeferredIndexes.setAside(handle, "comments", !Database.isPostgres(handle), triggers);
  }

  /** Reads stories' published comments for an export, one story after another. */
  public PublishedCommentReader publishedReader(Handle handle) {
    return new PublishedCommentReader(handle);
  }

  /**
   * Stores one comment posted on the site and returns it as stored. Its identity's occurrence is
   * not read: the comment is stored as the next copy of its identity on its story, counted in the
   * same statement (two copies posted at once go through one writer, one after the other).
   *
   * @param clientKey the posting client's key, or null
   * @param accountId the posting reader's account, or null for a guest
   */
  public Comment insertPosted(
      Handle handle,
      NewComment comment,
      Long rootId,
      List<Reason> reasons,
      String clientKey,
      Long accountId,
      long nowMillis) {
    long id =
        handle
            .createUpdate(INSERT_POSTED)
            .bind(0, comment.articleId())
            .bind(1, comment.parentId())
            .bind(2, rootId)
            .bind(3, comment.name())
            .bind(4, comment.postedAt().toEpochMilli())
            .bind(5, comment.postedLocal().toString())
            .bind(6, comment.text())
            .bind(7, comment.status().code())
            .bind(8, comment.origin().code())
            .bind(9, comment.identity().digest())
            .bind(10, comment.articleId())
            .bind(11, comment.identity().digest())
            .bind(12, ReasonCodec.encode(reasons))
            .bind(13, clientKey)
            .bind(14, accountId)
            .bind(15, nowMillis)
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    return new Comment(
        id,
        comment.articleId(),
        comment.parentId(),
        rootId,
        comment.name(),
        Instant.ofEpochMilli(comment.postedAt().toEpochMilli()), // as stored: to the millisecond
        comment.postedLocal(),
        comment.text(),
        comment.status(),
        comment.origin(),
        0,
        reasons,
        accountId);
  }

  public Optional<Comment> find(Handle handle, long id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM comments WHERE id = ?")
        .bind(0, id)
        .map(CommentStore::comment)
        .findOne();
  }

  /** The comments of these ids that exist, whatever their status, by id. */
  public Map<Long, Comment> findAll(Handle handle, Collection<Long> ids) {
    Map<Long, Comment> found = new HashMap<>();
    if (!ids.isEmpty()) {
      handle.createQuery("SELECT " + COLUMNS + " FROM comments WHERE id IN (<ids>)")
          .bindList("ids", List.copyOf(ids))
          .map(CommentStore::comment)
          .forEach(comment -> found.put(comment.id(), comment));
    }
    return found;
  }

  /** Changes a comment's status and the reasons shown for it; nothing is ever deleted. */
  public void updateStatus(Handle handle, long id, CommentStatus status, List<Reason> reasons) {
    handle
        .createUpdate("UPDATE comments SET status = ?, reasons = ? WHERE id = ?")
        .bind(0, status.code())
        .bind(1, ReasonCodec.encode(reasons))
        .bind(2, id)
        .execute();
  }

  /** The thread a comment belongs to: its root's id, or its own when it is a root. */
  public long rootOf(Handle handle, long commentId) {
    return handle
        .createQuery("SELECT COALESCE(root_id, id) FROM comments WHERE id = ?")
        .bind(0, commentId)
        .mapTo(Long.class)
        .one();
  }

  /** A story's comments with the given status, oldest first (ties in the order they were stored). */
  public List<Comment> ofArticle(Handle handle, long articleId, CommentStatus status) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM comments WHERE article_id = ? AND status = ?"
                + " ORDER BY posted_at, id")
        .bind(0, articleId)
        .bind(1, status.code())
        .map(CommentStore::comment)
        .list();
  }

  /** Every comment of a story, whatever its status, oldest first (ties in the order they were stored). */
  public List<Comment> allOfArticle(Handle handle, long articleId) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM comments WHERE article_id = ? ORDER BY posted_at, id")
        .bind(0, articleId)
        .map(CommentStore::comment)
        .list();
  }

  /** A page of a story's published top-level comments. */
  public List<Comment> publishedRoots(Handle handle, long articleId, CommentSort sort, int limit, int offset) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM comments WHERE article_id = ? AND status = " + PUBLISHED
                + " AND parent_id IS NULL ORDER BY " + sort.orderBy + " LIMIT ? OFFSET ?")
        .bind(0, articleId)
        .bind(1, limit)
        .bind(2, offset)
        .map(CommentStore::comment)
        .list();
  }

  /** The published replies in the threads of these top-level comments, oldest first. */
  public List<Comment> publishedReplies(Handle handle, Collection<Long> rootIds) {
    if (rootIds.isEmpty()) {
      return List.of();
    }
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM comments WHERE root_id IN (<roots>) AND status = " + PUBLISHED
                + " ORDER BY posted_at, id")
        .bindList("roots", List.copyOf(rootIds))
        .map(CommentStore::comment)
        .list();
  }

  /** A story's published comments: how many, how many of them start a thread, and the highest id. */
  public record PublishedSummary(long published, long roots, long lastId) {}

  /** The {@link PublishedSummary} of a story, in one pass over its published comments. */
  public PublishedSummary publishedSummary(Handle handle, long articleId) {
    return handle
        .createQuery(
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN parent_id IS NULL THEN 1 ELSE 0 END), 0), COALESCE(MAX(id), 0)"
                + " FROM comments WHERE article_id = ? AND status = " + PUBLISHED)
        .bind(0, articleId)
        .map((rs, ctx) -> new PublishedSummary(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
        .one();
  }

  /** How many published comments each of these stories has (stories with none are absent). */
  public Map<Long, Long> publishedCounts(Handle handle, Collection<Long> articleIds) {
    Map<Long, Long> counts = new HashMap<>();
    if (articleIds.isEmpty()) {
      return counts;
    }
    handle
        .createQuery(
            "SELECT article_id, COUNT(*) AS n FROM comments WHERE article_id IN (<ids>) AND status = "
                + PUBLISHED + " GROUP BY article_id")
        .bindList("ids", List.copyOf(articleIds))
        .map((rs, ctx) -> Map.entry(rs.getLong("article_id"), rs.getLong("n")))
        .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
    return counts;
  }

  /** Published comments of a story stored after the given id, in the order they were stored. */
  public List<Comment> publishedAfter(Handle handle, long articleId, long afterId, int limit) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM comments WHERE article_id = ? AND id > ? AND status = "
                + PUBLISHED + " ORDER BY id LIMIT ?")
        .bind(0, articleId)
        .bind(1, afterId)
        .bind(2, limit)
        .map(CommentStore::comment)
        .list();
  }

  /**
   * A page of a story's published comments, replies included, in the given order, after the given
   * position (null: from the start). A keyset query, so comments posted meanwhile never shift
   * the pages that follow.
   */
  public List<Comment> publishedPage(
      Handle handle, long articleId, CommentSort sort, CommentPosition after, int limit) {
    var query =
        handle
            .createQuery(
                "SELECT " + COLUMNS + " FROM comments WHERE article_id = :article AND status = " + PUBLISHED
                    + (after == null ? "" : keysetAfter(sort)) + " ORDER BY " + sort.orderBy + " LIMIT :limit")
            .bind("article", articleId)
            .bind("limit", limit);
    if (after != null) {
      query.bind("at", after.postedAt().toEpochMilli()).bind("id", after.id());
      if (sort == CommentSort.RECOMMENDED) {
        query.bind("rec", after.recommendations());
      }
    }
    return query.map(CommentStore::comment).list();
  }

  private static String keysetAfter(CommentSort sort) {
    return switch (sort) {
      case OLDEST -> " AND (posted_at > :at OR (posted_at = :at AND id > :id))";
      case NEWEST -> " AND (posted_at < :at OR (posted_at = :at AND id < :id))";
      case RECOMMENDED ->
          " AND (recommendations < :rec OR (recommendations = :rec"
              + " AND (posted_at > :at OR (posted_at = :at AND id > :id))))";
    };
  }

  /** The highest id of a story's published comments, or 0 when it has none. */
  public long lastPublishedId(Handle handle, long articleId) {
    return handle
        .createQuery(
            "SELECT COALESCE(MAX(id), 0) FROM comments WHERE article_id = ? AND status = " + PUBLISHED)
        .bind(0, articleId)
        .mapTo(Long.class)
        .one();
  }

  /** How many published top-level comments of the story come before this one, oldest first. */
  public long publishedRootsBefore(Handle handle, Comment root) {
    return handle
        .createQuery(
            "SELECT COUNT(*) FROM comments WHERE article_id = ? AND status = " + PUBLISHED
                + " AND parent_id IS NULL AND (posted_at < ? OR (posted_at = ? AND id < ?))")
        .bind(0, root.articleId())
        .bind(1, root.postedAt().toEpochMilli())
        .bind(2, root.postedAt().toEpochMilli())
        .bind(3, root.id())
        .mapTo(Long.class)
        .one();
  }

  /** Records one reader's recommendation; false when this reader had recommended it already. */
  public boolean addRecommendation(Handle handle, long commentId, String readerKey, long nowMillis) {
    int added =
        handle
            .createUpdate(
                "INSERT INTO recommendations (comment_id, reader_key, created_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT (comment_id, reader_key) DO NOTHING")
            .bind(0, commentId)
            .bind(1, readerKey)
            .bind(2, nowMillis)
            .execute();
    if (added > 0) {
      handle
          .createUpdate("UPDATE comments SET recommendations = recommendations + 1 WHERE id = ?")
          .bind(0, commentId)
          .execute();
    }
    return added > 0;
  }

  public long count(Handle handle) {
    return handle.createQuery("SELECT COUNT(*) FROM comments").mapTo(Long.class).one();
  }

  static Comment comment(ResultSet rs, StatementContext ctx) throws SQLException {
    long parent = rs.getLong("parent_id");
    Long parentId = rs.wasNull() ? null : parent;
    long root = rs.getLong("root_id");
    Long rootId = rs.wasNull() ? null : root;
    String reasons = rs.getString("reasons");
    long account = rs.getLong("account_id");
    Long accountId = rs.wasNull() ? null : account;
    return new Comment(
        rs.getLong("id"),
        rs.getLong("article_id"),
        parentId,
        rootId,
        rs.getString("name"),
        Instant.ofEpochMilli(rs.getLong("posted_at")),
        StoredTimes.localDateTime(rs.getString("posted_local")),
        rs.getString("body"),
        CommentStatus.fromCode(rs.getString("status")),
        CommentOrigin.fromCode(rs.getString("origin")),
        rs.getInt("recommendations"),
        ReasonCodec.decode(reasons),
        accountId);
  }
}
