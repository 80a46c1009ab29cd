package news.broadsheet.desk;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The difference between two versions of a story, field by field and word by word (java-diff-utils
 * on the words and the spaces between them, so line breaks and paragraphs show as they are).
 * Fields that did not change are left out.
 */
public final class RevisionDiff {

  private static final Pattern TOKENS = Pattern.compile("\\s+|[^\\s]+");

  private RevisionDiff() {}

  /** The differences, with each section shown by its slug. */
  public static List<FieldDiff> between(StoryDraft older, StoryDraft newer) {
    return between(older, newer, UnaryOperator.identity());
  }

  /** The differences, with each section shown as {@code sectionName} names it from its slug. */
  public static List<FieldDiff> between(StoryDraft older, StoryDraft newer, UnaryOperator<String> sectionName) {
    Map<String, String> before = fields(older, sectionName);
    Map<String, String> after = fields(newer, sectionName);
    List<FieldDiff> diffs = new ArrayList<>();
    before.forEach((field, text) -> {
      if (!text.equals(after.get(field))) {
        diffs.add(new FieldDiff(field, words(text, after.get(field))));
      }
    });
    return diffs;
  }

  /** The words of two texts, each kept, removed or added, in reading order. */
  static List<DiffPiece> words(String older, String newer) {
    List<String> from = tokens(older);
    List<String> to = tokens(newer);
    Patch<String> patch = DiffUtils.diff(from, to);
    List<DiffPiece> pieces = new ArrayList<>();
    int next = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int at = delta.getSource().getPosition();
      add(pieces, DiffPiece.Kind.SAME, from.subList(next, at));
      add(pieces, DiffPiece.Kind.REMOVED, delta.getSource().getLines());
      add(pieces, DiffPiece.Kind.ADDED, delta.getTarget().getLines());
      next = at + delta.getSource().size();
    }
    add(pieces, DiffPiece.Kind.SAME, from.subList(next, from.size()));
    return pieces;
  }

  private static void add(List<DiffPiece> pieces, DiffPiece.Kind kind, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    int last = pieces.size() - 1;
    if (last >= 0 && pieces.get(last).kind() == kind) {
      pieces.set(last, new DiffPiece(kind, pieces.get(last).text() + text));
    } else {
      pieces.add(new DiffPiece(kind, text));
    }
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKENS.matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }

  private static Map<String, String> fields(StoryDraft story, UnaryOperator<String> sectionName) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("Headline", story.headline());
    fields.put("Standfirst", story.standfirst());
    fields.put("Authors", String.join(", ", story.authors()));
    fields.put("Dateline", story.dateline());
    fields.put("Section", story.section().isEmpty() ? "" : sectionName.apply(story.section()));
    fields.put("Tags", String.join(", ", story.tags()));
    fields.put("Lead image", story.leadMedia());
    fields.put("Body", story.body());
    fields.put("Print line", story.printDate() == null ? "" : story.printPublication() + ", " + story.printDate());
    fields.put("Comments", story.commentsMode().label());
    return fields;
  }
}
