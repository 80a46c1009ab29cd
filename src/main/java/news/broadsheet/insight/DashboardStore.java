package news.broadsheet.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads the aggregates the dashboard shows (tables {@code insight_*}), each a sum over slots,
 * optionally of one source. Every query reads the rows of the days asked for, never the comments.
 */
public final class DashboardStore {

  private static final String SUMS = "SUM(published) AS published, SUM(pending) AS pending, SUM(rejected) AS rejected";

  /** A day's counts of one source. */
  record SourceDay(LocalDate day, String source, Counts counts) {}

  /** A story's counts over some days. */
  record StoryTotal(long articleId, Counts counts) {}

  /** A commenter's comments over some days, and on how many of them they wrote. */
  record CommenterTotal(String commenter, long comments, int days) {}

  /** Comments held or rejected with a reason of a kind ("links"), in a status. */
  record ReasonTotal(String kind, String status, long comments) {}

  /** One wait for a moderator, in the zone of its story. */
  record Hold(Instant heldAt, Instant decidedAt, String outcome, ZoneId zone) {}

  /** The counts of each hour of a day ("2018-03-03T09"), of one source or all. */
  List<HourTotal> hours(Handle handle, LocalDate day, String source) {
    Query query = handle.createQuery(
        "SELECT hour, " + SUMS + " FROM insight_hours WHERE hour >= :from AND hour <= :to"
            + (source == null ? "" : " AND source = :source") + " GROUP BY hour ORDER BY hour");
    return bindSource(query.bind("from", day + "T00").bind("to", day + "T23"), source)
        .map((rs, ctx) -> new HourTotal(Integer.parseInt(rs.getString("hour").substring(11, 13)), counts(rs)))
        .list();
  }

  /** An hour's counts (0 to 23). */
  record HourTotal(int hour, Counts counts) {}

  /** Each source's counts of each day from one day to another, both included. */
  List<SourceDay> sourceDays(Handle handle, LocalDate from, LocalDate to) {
    return handle
        .createQuery(
            "SELECT substr(hour, 1, 10) AS day, source, " + SUMS + " FROM insight_hours"
                + " WHERE hour >= :from AND hour <= :to GROUP BY substr(hour, 1, 10), source")
        .bind("from", from + "T00")
        .bind("to", to + "T23")
        .map((rs, ctx) -> new SourceDay(LocalDate.parse(rs.getString("day")), rs.getString("source"), counts(rs)))
        .list();
  }

  /** The stories with the most comments written from one day to another, most first. */
  List<StoryTotal> topStories(Handle handle, LocalDate from, LocalDate to, String source, int limit) {
    Query query = handle.createQuery(
        "SELECT s.article_id, SUM(s.published) AS published, SUM(s.pending) AS pending, SUM(s.rejected) AS rejected"
            + " FROM insight_story_days s" + (source == null ? "" : " JOIN articles a ON a.id = s.article_id")
            + " WHERE s.day >= :from AND s.day <= :to" + (source == null ? "" : " AND a.source = :source")
            + " GROUP BY s.article_id HAVING SUM(s.published + s.pending + s.rejected) > 0"
            + " ORDER BY SUM(s.published + s.pending + s.rejected) DESC, s.article_id LIMIT :limit");
    return bindSource(query.bind("from", from.toString()).bind("to", to.toString()).bind("limit", limit), source)
        .map((rs, ctx) -> new StoryTotal(rs.getLong("article_id"), counts(rs)))
        .list();
  }

  /** How many people wrote from one day to another; with {@code firstFrom}, only those whose first comment came then or later. */
  long commenters(Handle handle, LocalDate from, LocalDate to, String source, Instant firstFrom) {
    Query query = handle.createQuery(
        "SELECT COUNT(DISTINCT d.commenter) FROM insight_commenter_days d"
            + (firstFrom == null ? "" : " JOIN insight_commenters c ON c.commenter = d.commenter AND c.first_at >= :first")
            + " WHERE d.day >= :from AND d.day <= :to AND d.comments > 0" + (source == null ? "" : " AND d.source = :source"));
    if (firstFrom != null) {
      query.bind("first", firstFrom.toEpochMilli());
    }
    return bindSource(query.bind("from", from.toString()).bind("to", to.toString()), source).mapTo(Long.class).one();
  }

  /** The people who wrote most from one day to another. */
  List<CommenterTotal> topCommenters(Handle handle, LocalDate from, LocalDate to, String source, int limit) {
    Query query = handle.createQuery(
        "SELECT commenter, SUM(comments) AS comments, COUNT(DISTINCT day) AS days FROM insight_commenter_days"
            + " WHERE day >= :from AND day <= :to AND comments > 0" + (source == null ? "" : " AND source = :source")
            + " GROUP BY commenter ORDER BY SUM(comments) DESC, commenter LIMIT :limit");
    return bindSource(query.bind("from", from.toString()).bind("to", to.toString()).bind("limit", limit), source)
        .map((rs, ctx) -> new CommenterTotal(rs.getString("commenter"), rs.getLong("comments"), rs.getInt("days")))
        .list();
  }

  /** Held and rejected comments written from one day to another, by the kinds of their reasons. */
  List<ReasonTotal> reasons(Handle handle, LocalDate from, LocalDate to, String source) {
    Query query = handle.createQuery(
        "SELECT kind, status, SUM(comments) AS comments FROM insight_reasons WHERE day >= :from AND day <= :to"
            + (source == null ? "" : " AND source = :source") + " GROUP BY kind, status HAVING SUM(comments) > 0");
    return bindSource(query.bind("from", from.toString()).bind("to", to.toString()), source)
        .map((rs, ctx) -> new ReasonTotal(rs.getString("kind"), rs.getString("status"), rs.getLong("comments")))
        .list();
  }

  /** The waits for a moderator that overlap the instants from one to the other. */
  List<Hold> holds(Handle handle, Instant from, Instant to, String source) {
    Query query = handle.createQuery(
        "SELECT h.held_at, h.decided_at, h.outcome, a.zone FROM insight_holds h JOIN articles a ON a.id = h.article_id"
            + " WHERE h.held_at < :to AND (h.decided_at IS NULL OR h.decided_at >= :from)"
            + (source == null ? "" : " AND a.source = :source"));
    return bindSource(query.bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli()), source)
        .map((rs, ctx) -> {
          long decided = rs.getLong("decided_at");
          Instant decidedAt = rs.wasNull() ? null : Instant.ofEpochMilli(decided);
          return new Hold(Instant.ofEpochMilli(rs.getLong("held_at")), decidedAt, rs.getString("outcome"),
              ZoneId.of(rs.getString("zone")));
        })
        .list();
  }

  /** Every comment stored, by status (what {@code broadsheet stats} counts, from the aggregates). */
  Counts totals(Handle handle) {
    return handle.createQuery("SELECT " + SUMS + " FROM insight_story_days").map((rs, ctx) -> counts(rs)).one();
  }

  /** The last day with comments, of one source or all. */
  Optional<LocalDate> lastDay(Handle handle, String source) {
    Query query = handle.createQuery(
        "SELECT MAX(hour) FROM insight_hours WHERE published + pending + rejected > 0"
            + (source == null ? "" : " AND source = :source"));
    return bindSource(query, source).mapTo(String.class).findOne().map(hour -> LocalDate.parse(hour.substring(0, 10)));
  }

  /** The time zones of the stories, of one source or all. */
  List<ZoneId> zones(Handle handle, String source) {
    Query query = handle.createQuery(
        "SELECT DISTINCT zone FROM articles" + (source == null ? "" : " WHERE source = :source") + " ORDER BY zone");
    return bindSource(query, source).mapTo(String.class).map(ZoneId::of).list();
  }

  /** How many comments wait for a moderator now, of one source or all. */
  long waiting(Handle handle, String source) {
    Query query = handle.createQuery(
        "SELECT COUNT(*) FROM insight_holds h" + (source == null ? "" : " JOIN articles a ON a.id = h.article_id")
            + " WHERE h.decided_at IS NULL" + (source == null ? "" : " AND a.source = :source"));
    return bindSource(query, source).mapTo(Long.class).one();
  }

  /** Every source of the stories stored. */
  List<String> sources(Handle handle) {
    return handle.createQuery("SELECT DISTINCT source FROM articles ORDER BY source").mapTo(String.class).list();
  }

  /** The names of these accounts, by id. */
  java.util.Map<Long, String> accountNames(Handle handle, java.util.Collection<Long> ids) {
    java.util.Map<Long, String> names = new java.util.HashMap<>();
    if (!ids.isEmpty()) {
      handle.createQuery("SELECT id, name FROM users WHERE id IN (<ids>)")
          .bindList("ids", List.copyOf(ids))
          .map((rs, ctx) -> java.util.Map.entry(rs.getLong("id"), rs.getString("name")))
          .forEach(entry -> names.put(entry.getKey(), entry.getValue()));
    }
    return names;
  }

  private static Query bindSource(Query query, String source) {
    return source == null ? query : query.bind("source", source);
  }

  private static Counts counts(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Counts(rs.getLong("published"), rs.getLong("pending"), rs.getLong("rejected"));
  }
}
