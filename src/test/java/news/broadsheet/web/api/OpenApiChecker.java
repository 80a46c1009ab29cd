package news.broadsheet.web.api;

import static news.broadsheet.testing.ApiCalls.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A small checker of real answers against an OpenAPI 3.1 document: the status must be
 * documented for the operation, and a JSON body must match the schema (types, nulls, required
 * and unknown properties, enums, dates), all the way down.
 */
final class OpenApiChecker {

  private final JsonNode document;
  private final Set<String> exercised = new TreeSet<>();

  OpenApiChecker(JsonNode document) {
    this.document = document;
  }

  void check(String method, String path, HttpResponse<String> response) throws Exception {
    JsonNode answer = documentedAnswer(method, path, response.statusCode(), response.body());
    JsonNode content = answer.get("content");
    assertThat(content).as("content of %s %s %d", method, path, response.statusCode()).isNotNull();
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (content.has("application/json")) {
      assertThat(type).as("%s %s %d", method, path, response.statusCode()).startsWith("application/json");
      List<String> problems = new ArrayList<>();
      validate(JSON.readTree(response.body()), content.get("application/json").get("schema"), "$", problems);
      assertThat(problems).as("%s %s %d: %s", method, path, response.statusCode(), response.body()).isEmpty();
    } else {
      assertThat(content.fieldNames().next()).as("documented type").isIn(type.split(";")[0].strip());
    }
  }

  /** A Server-Sent Event's data against the schema documented for the stream. */
  void checkEvent(String path, int status, String data) throws Exception {
    JsonNode answer = documentedAnswer("GET", path, status, data);
    List<String> problems = new ArrayList<>();
    validate(JSON.readTree(data), answer.get("content").get("text/event-stream").get("schema"), "$", problems);
    assertThat(problems).as(data).isEmpty();
  }

  /** What is wrong with a value against a schema of the document, e.g. "#/components/schemas/Comment". */
  List<String> problems(JsonNode value, String ref) {
    List<String> problems = new ArrayList<>();
    validate(value, JSON.createObjectNode().put("$ref", ref), "$", problems);
    return problems;
  }

  /** The documented answers (operation and status) no check has seen. */
  Set<String> unexercised() {
    Set<String> all = new TreeSet<>();
    document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
        op.getValue().get("responses").fieldNames().forEachRemaining(status ->
            all.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " " + status))));
    all.removeAll(exercised);
    return all;
  }

  private JsonNode documentedAnswer(String method, String path, int status, String body) {
    JsonNode operation = document.get("paths").path(path).path(method.toLowerCase(Locale.ROOT));
    assertThat(operation.isMissingNode()).as("%s %s is documented", method, path).isFalse();
    JsonNode answer = operation.get("responses").get(Integer.toString(status));
    assertThat(answer).as("%s %s answered %d, which is not documented: %s", method, path, status, body).isNotNull();
    exercised.add(method + " " + path + " " + status);
    return resolve(answer);
  }

  private JsonNode resolve(JsonNode node) {
    while (node.has("$ref")) {
      JsonNode target = document;
      for (String part : node.get("$ref").asText().substring(2).split("/")) {
        target = target.get(part);
      }
      node = target;
    }
    return node;
  }

  private void validate(JsonNode value, JsonNode schema, String at, List<String> problems) {
    schema = resolve(schema);
    if (!typeMatches(value, schema.get("type"))) {
      problems.add(at + ": " + value.getNodeType() + " is not " + schema.get("type"));
      return;
    }
    if (schema.has("enum") && !contains(schema.get("enum"), value)) {
      problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
    }
    if (value.isTextual() && schema.has("format")) {
      checkFormat(value.asText(), schema.get("format").asText(), at, problems);
    }
    if (value.isObject()) {
      validateObject(value, schema, at, problems);
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        validate(value.get(i), schema.get("items"), at + "[" + i + "]", problems);
      }
    }
  }

  private void validateObject(JsonNode value, JsonNode schema, String at, List<String> problems) {
    JsonNode properties = schema.path("properties");
    schema.path("required").forEach(name -> {
      if (!value.has(name.asText())) {
        problems.add(at + ": lacks required " + name.asText());
      }
    });
    for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (properties.has(name)) {
        validate(value.get(name), properties.get(name), at + "." + name, problems);
      } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
        problems.add(at + ": has undocumented " + name);
      }
    }
  }

  private static boolean typeMatches(JsonNode value, JsonNode type) {
    if (type == null) {
      return true;
    }
    if (type.isArray()) {
      for (JsonNode one : type) {
        if (typeMatches(value, one)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> false;
    };
  }

  private static boolean contains(JsonNode values, JsonNode value) {
    for (JsonNode one : values) {
      if (one.equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static void checkFormat(String text, String format, String at, List<String> problems) {
    try {
      switch (format) {
        case "date" -> LocalDate.parse(text);
        case "date-time" -> OffsetDateTime.parse(text);
        default -> { }
      }
    } catch (DateTimeParseException wrong) {
      problems.add(at + ": '" + text + "' is not a " + format);
    }
  }
}
