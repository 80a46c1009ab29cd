package news.broadsheet.desk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.article.Slugs;
import news.broadsheet.comment.CommentTimeFormat;

/**
 * The rules a story's fields keep, and the tidying a save applies: text is stripped, line ends
 * made LF, empty lines between blocks made one, a dateline typed at the head of the body moved
 * to its field. Every refusal names its field. A draft may leave the body empty; a story sent for
 * review or publication may not ({@link #checkComplete}).
 */
final class StoryRules {

  static final int MAX_HEADLINE = 200;
  static final int MAX_STANDFIRST = 320;
  static final int MAX_NAME = 80;
  static final int MAX_AUTHORS = 10;
  static final int MAX_TAGS = 20;
  static final int MAX_BODY = 200_000;
  private static final Pattern DATELINE = Pattern.compile("\\p{Lu}(?:[\\p{Lu} .'-]*\\p{Lu})?");
  private static final Pattern OPENING_DATELINE =
      Pattern.compile("(\\p{Lu}(?:[\\p{Lu} .'-]*\\p{Lu})?): (.+)", Pattern.DOTALL);
  private static final Pattern PRINT_LINE_SHAPE =
      Pattern.compile("Published in .+, [A-Z][a-z]+ \\d{1,2}(st|nd|rd|th), \\d{4}");
  private static final Pattern MEDIA_KEY = Pattern.compile("[0-9a-f]{24}");

  private StoryRules() {}

  /** The draft tidied, or a refusal naming the first field at fault. */
  static StoryDraft check(StoryDraft draft) {
    String headline = line("headline", "headline", draft.headline(), MAX_HEADLINE);
    if (headline.isEmpty()) {
      throw DeskException.invalid("headline", "A story needs a headline.");
    }
    String dateline = draft.dateline().strip().toUpperCase(Locale.ROOT);
    String body = tidyBody(draft.body());
    Matcher opening = OPENING_DATELINE.matcher(body);
    if (dateline.isEmpty() && opening.matches() && !opening.group(2).startsWith("\n")) {
      dateline = opening.group(1);
      body = opening.group(2);
    }
    checkDateline(dateline, body);
    checkBody(body, draft);
    return new StoryDraft(
        headline,
        line("standfirst", "standfirst", draft.standfirst(), MAX_STANDFIRST),
        names("authors", "author", draft.authors(), MAX_AUTHORS),
        dateline,
        draft.section().strip().toLowerCase(Locale.ROOT),
        names("tags", "tag", draft.tags(), MAX_TAGS),
        body,
        line("printPublication", "print publication", draft.printPublication(), MAX_NAME),
        printDate(draft),
        draft.commentsMode(),
        leadMedia(draft.leadMedia()));
  }

  /** A story goes to review or to readers with a body, an author and a standfirst of its own. */
  static void checkComplete(StoryDraft draft) {
    if (draft.body().isBlank()) {
      throw DeskException.invalid("body", "The story has no body yet.");
    }
    if (draft.authors().isEmpty()) {
      throw DeskException.invalid("authors", "Name at least one author.");
    }
  }

  private static String line(String field, String what, String text, int max) {
    String stripped = text.strip();
    if (stripped.length() > max) {
      throw DeskException.invalid(field, "The " + what + " has " + stripped.length() + " characters; at most " + max + ".");
    }
    if (stripped.codePoints().anyMatch(Character::isISOControl)) {
      throw DeskException.invalid(field, "The " + what + " must fit on one line.");
    }
    return stripped;
  }

  /** Names stripped, empty ones dropped, repeats (by their address) kept once. */
  private static List<String> names(String field, String what, List<String> names, int max) {
    Map<String, String> bySlug = new LinkedHashMap<>();
    for (String name : names) {
      String checked = line(field, what + " name", name == null ? "" : name, MAX_NAME);
      if (!checked.isEmpty()) {
        if (checked.codePoints().noneMatch(Character::isLetterOrDigit)) {
          throw DeskException.invalid(field, "The " + what + " name '" + checked + "' has no letter or digit.");
        }
        bySlug.putIfAbsent(Slugs.of(checked), checked);
      }
    }
    if (bySlug.size() > max) {
      throw DeskException.invalid(field, "A story has at most " + max + " " + what + "s, not " + bySlug.size() + ".");
    }
    return new ArrayList<>(bySlug.values());
  }

  private static void checkDateline(String dateline, String body) {
    if (dateline.isEmpty()) {
      return;
    }
    if (dateline.length() > MAX_NAME || !DATELINE.matcher(dateline).matches()) {
      throw DeskException.invalid("dateline", "A dateline is a place in capital letters, such as KARACHI or NEW YORK.");
    }
    if (body.isEmpty()) {
      throw DeskException.invalid("dateline", "A dateline opens the first paragraph: write the body first.");
    }
  }

  /** LF line ends, no spaces-only lines, one empty line between blocks, none around them. */
  static String tidyBody(String body) {
    String text = body.replace("\r\n", "\n").replace('\r', '\n').replaceAll("(?m)^[ \\t]+$", "");
    return text.replaceAll("\n{3,}", "\n\n").replaceAll("^\n+|\n+$", "");
  }

  private static void checkBody(String body, StoryDraft draft) {
    if (body.length() > MAX_BODY) {
      throw DeskException.invalid("body", "The body has " + body.length() + " characters; at most " + MAX_BODY + ".");
    }
    if (body.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      throw DeskException.invalid("body", "The body holds an invisible control character; please remove it.");
    }
    String[] blocks = body.isEmpty() ? new String[0] : body.split("\n\n");
    for (int i = 0; i < blocks.length; i++) {
      String[] lines = blocks[i].split("\n");
      if (lines.length == 2 && CommentTimeFormat.looksLikeTime(lines[1])) {
        throw DeskException.invalid("body", "Paragraph " + (i + 1) + " is a line and then a time ('" + lines[1]
            + "'), which archives read as a reader's comment; join the two lines or add a third.");
      }
    }
    boolean printLine = !draft.printPublication().isBlank() || draft.printDate() != null;
    if (!printLine && blocks.length > 0 && PRINT_LINE_SHAPE.matcher(blocks[blocks.length - 1]).matches()) {
      throw DeskException.invalid("body", "The last paragraph reads as a print line; put it in the print line fields.");
    }
  }

  private static java.time.LocalDate printDate(StoryDraft draft) {
    boolean named = !draft.printPublication().isBlank();
    if (named != (draft.printDate() != null)) {
      throw DeskException.invalid(named ? "printDate" : "printPublication",
          "A print line names both the publication and the date of its edition.");
    }
    return draft.printDate();
  }

  private static String leadMedia(String key) {
    String stripped = key.strip();
    if (!stripped.isEmpty() && !MEDIA_KEY.matcher(stripped).matches()) {
      throw DeskException.invalid("leadMedia", "The lead image '" + stripped + "' is not an uploaded image.");
    }
    return stripped;
  }
}
