package news.broadsheet.moderation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a labelled data set: one JSON object a line, {@code {"text": "…", "label": "approve"}} or
 * {@code "reject"}. Blank lines are skipped; any other bad line stops the reading with its file
 * and line number.
 */
public final class LabelledComments {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelledComments() {}

  /**
   * @throws ModerationException naming {@code file:line} and what is wrong there
   * @throws IOException when the file cannot be read
   */
  public static List<LabelledText> read(Path file) throws IOException {
    List<LabelledText> examples = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank()) {
          examples.add(parse(line, file + ":" + number));
        }
      }
    } catch (CharacterCodingException e) {
      throw new ModerationException(file + ": not UTF-8 text");
    }
    if (examples.isEmpty()) {
      throw new ModerationException(file + ": no labelled comments in the file");
    }
    return examples;
  }

  static LabelledText parse(String line, String where) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new ModerationException(where + ": not a JSON object: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new ModerationException(where + ": not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      throw new ModerationException(where + ": \"text\" must be a non-empty string");
    }
    JsonNode label = node.get("label");
    String code = label == null || !label.isTextual() ? String.valueOf(label) : label.asText();
    return new LabelledText(
        text.asText(),
        Label.fromCode(code).orElseThrow(() ->
            new ModerationException(where + ": \"label\" must be \"approve\" or \"reject\", not " + code)));
  }
}
