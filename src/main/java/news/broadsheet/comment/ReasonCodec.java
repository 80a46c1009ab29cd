package news.broadsheet.comment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;

/**
 * Reasons as the database keeps them: a JSON array of {@code {"kind", "outcome", "params"}}
 * ({@code [{"kind":"links","outcome":"held","params":{"found":3,"limit":2}}]}), and the empty
 * text for none. Text that is not JSON is the one line a reason per line that older versions
 * stored; {@link LegacyReasons} reads it, here alone.
 */
public final class ReasonCodec {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private ReasonCodec() {}

  /** The text to store: empty for no reasons. */
  public static String encode(List<Reason> reasons) {
    if (reasons.isEmpty()) {
      return "";
    }
    ArrayNode array = JSON.createArrayNode();
    for (Reason reason : reasons) {
      ObjectNode node = array.addObject().put("kind", reason.kind().code()).put("outcome", reason.outcome().code());
      JsonNode params = JSON.valueToTree(reason.params());
      if (!params.isEmpty()) {
        node.set("params", params);
      }
    }
    return array.toString();
  }

  /**
   * A SQL {@code LIKE} pattern that matches stored reasons with a reason of this kind, for filters
   * ({@code reasons LIKE ?}); kind codes hold no character {@code LIKE} treats specially but
   * {@code _}, which only widens the match to other codes of the same length, none of which exist.
   */
  public static String likePatternOf(ReasonKind kind) {
    return "%{\"kind\":\"" + kind.code() + "\",%";
  }

  /** The reasons stored as this text, whichever version wrote it. */
  public static List<Reason> decode(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    if (!stored.startsWith("[")) {
      return LegacyReasons.read(stored);
    }
    try {
      List<Reason> reasons = new ArrayList<>();
      for (JsonNode node : JSON.readTree(stored)) {
        reasons.add(reason(node));
      }
      return List.copyOf(reasons);
    } catch (JsonProcessingException | IllegalArgumentException unreadable) {
      return List.of(Reason.other(ReasonOutcome.HELD, stored));
    }
  }

  /** One reason; a kind this version does not know is kept in words, never lost. */
  private static Reason reason(JsonNode node) throws JsonProcessingException {
    ReasonOutcome outcome = ReasonOutcome.fromCode(node.path("outcome").asText("held"));
    ReasonKind kind = ReasonKind.fromCode(node.path("kind").asText()).orElse(null);
    if (kind == null) {
      return Reason.other(outcome, node.toString());
    }
    JsonNode params = node.has("params") ? node.get("params") : JSON.createObjectNode();
    return new Reason(kind, outcome, JSON.treeToValue(params, kind.params()));
  }
}
