package news.broadsheet.insight;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import news.broadsheet.storage.Database;
import org.jdbi.v3.core.Handle;

/**
 * The aggregates as they should be, worked out in Java from every stored comment and audit event,
 * and as they are (each a sum over slots, empty rows left out): a test compares the two.
 */
final class AggregatesOracle {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AggregatesOracle() {}

  /** Every aggregate worked out from the comments and the audit trail, as lines to compare. */
  static Map<String, Long> expected(Database database) {
    return database.read(handle -> {
      Map<String, Long> lines = new TreeMap<>();
      for (Map<String, Object> c : handle.createQuery(
              "SELECT c.id, c.name, c.account_id, c.posted_at, c.posted_local, c.status, c.reasons, c.article_id, a.source"
                  + " FROM comments c JOIN articles a ON a.id = c.article_id").mapToMap().list()) {
        String local = (String) c.get("posted_local");
        String source = (String) c.get("source");
        String status = (String) c.get("status");
        String commenter = c.get("account_id") == null ? "name:" + c.get("name") : "account:" + number(c.get("account_id"));
        lines.merge("hour " + local.substring(0, 13) + " " + source + " " + status, 1L, Long::sum);
        lines.merge("story " + local.substring(0, 10) + " " + number(c.get("article_id")) + " " + status, 1L, Long::sum);
        lines.merge("first " + commenter, number(c.get("posted_at")), Math::min);
        lines.merge("commenter " + local.substring(0, 10) + " " + source + " " + commenter, 1L, Long::sum);
        for (String kind : kinds((String) c.get("reasons"))) {
          lines.merge("reason " + local.substring(0, 10) + " " + source + " " + kind + " " + status, 1L, Long::sum);
        }
      }
      holds(handle, lines);
      return lines;
    });
  }

  /** The aggregates as stored. */
  static Map<String, Long> stored(Database database) {
    return database.read(handle -> {
      Map<String, Long> lines = new TreeMap<>();
      for (String status : List.of("published", "pending", "rejected")) {
        sums(handle, "SELECT 'hour ' || hour || ' ' || source || ' " + status + "', SUM(" + status + ")"
            + " FROM insight_hours GROUP BY hour, source", lines);
        sums(handle, "SELECT 'story ' || day || ' ' || article_id || ' " + status + "', SUM(" + status + ")"
            + " FROM insight_story_days GROUP BY day, article_id", lines);
      }
      sums(handle, "SELECT 'first ' || commenter, first_at FROM insight_commenters", lines);
      sums(handle, "SELECT 'commenter ' || day || ' ' || source || ' ' || commenter, comments FROM insight_commenter_days", lines);
      sums(handle, "SELECT 'reason ' || day || ' ' || source || ' ' || kind || ' ' || status, SUM(comments)"
          + " FROM insight_reasons GROUP BY day, source, kind, status", lines);
      sums(handle, "SELECT 'hold ' || comment_id || ' ' || held_at || ' ' || COALESCE(outcome, 'waiting'),"
          + " COALESCE(decided_at, -1) FROM insight_holds", lines);
      return lines;
    });
  }

  private static void sums(Handle handle, String sql, Map<String, Long> lines) {
    handle.createQuery(sql).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2))).forEach(line -> {
      if (line.getValue() != 0) {
        lines.put(line.getKey(), line.getValue());
      }
    });
  }

  /** Each wait for a moderator: from an event that made a comment pending to the first that ended it. */
  private static void holds(Handle handle, Map<String, Long> lines) {
    List<Map<String, Object>> events = handle.createQuery(
        "SELECT comment_id, from_status, to_status, created_at FROM moderation_events WHERE comment_id IS NOT NULL ORDER BY id")
        .mapToMap().list();
    for (int i = 0; i < events.size(); i++) {
      Map<String, Object> held = events.get(i);
      if (!"pending".equals(held.get("to_status")) || "pending".equals(held.get("from_status"))) {
        continue;
      }
      long decidedAt = -1;
      String outcome = "waiting";
      for (Map<String, Object> later : events.subList(i + 1, events.size())) {
        if (later.get("comment_id").equals(held.get("comment_id")) && "pending".equals(later.get("from_status"))
            && later.get("to_status") != null && !"pending".equals(later.get("to_status"))) {
          decidedAt = number(later.get("created_at"));
          outcome = (String) later.get("to_status");
          break;
        }
      }
      lines.put("hold " + number(held.get("comment_id")) + " " + number(held.get("created_at")) + " " + outcome, decidedAt);
    }
  }

  /** The kinds of stored reasons, each once: "other" for text that is not a JSON array. */
  static List<String> kinds(String reasons) {
    if (reasons == null || reasons.isEmpty()) {
      return List.of();
    }
    try {
      JsonNode array = JSON.readTree(reasons);
      if (!array.isArray()) {
        return List.of("other");
      }
      TreeSet<String> kinds = new TreeSet<>();
      array.forEach(node -> {
        if (node.hasNonNull("kind")) {
          kinds.add(node.get("kind").asText());
        }
      });
      return new ArrayList<>(kinds);
    } catch (Exception notJson) {
      return List.of("other");
    }
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
