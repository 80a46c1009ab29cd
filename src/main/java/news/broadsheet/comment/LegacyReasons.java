package news.broadsheet.comment;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the reasons older versions stored as words, one a line ("held: 3 links, the limit is 2"),
 * back into values: the migration to typed reasons converts every stored row with it once, and
 * {@link ReasonCodec} uses it for a row an older version wrote since. A line it does not know is
 * kept as it was written ({@link ReasonKind#OTHER}).
 */
final class LegacyReasons {

  private static final String HELD = "held: ";
  private static final String REJECTED = "rejected: ";
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
  private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"(?: \\(([^)]*)\\))?");

  private record Form(Pattern pattern, Function<Matcher, Reason> reason) {}

  private static final List<Form> HELD_FORMS =
      List.of(
          form("(\\d+) links?, the limit is (\\d+)", m -> Reason.links(number(m, 1), number(m, 2))),
          form("mostly capital letters \\((\\d+)%\\); please write without shouting", m -> Reason.shouting(number(m, 1))),
          form("the same comment was posted on this story already", m -> Reason.duplicate()),
          form("more than (\\d+) comments in a minute from one (account|connection)",
              m -> Reason.flood(number(m, 1), m.group(2).equals("account"))),
          form("every comment is reviewed before it appears", m -> Reason.premoderatedSite()),
          form("comments on this story are reviewed before they appear", m -> Reason.premoderatedStory()),
          form("this commenter's comments are reviewed before they appear", m -> Reason.premoderatedCommenter()),
          form("a new commenter's first (?:comment is|(\\d+) comments are) reviewed before they appear",
              m -> Reason.newCommenter(m.group(1) == null ? 1 : number(m, 1))),
          form("like comments moderators rejected \\((\\d+)%\\)(?:; weighed most: (.*))?",
              m -> Reason.classifier(number(m, 1), m.group(2) == null ? List.of() : found(m.group(2)))),
          form("reported by (\\d+) readers", m -> Reason.reports(number(m, 1))),
          form("the (.+) check could not finish", m -> Reason.checkFailed(m.group(1))),
          form("(.+) (?:is a word|are words) a moderator looks at first", m -> words(m.group(1), Reason::suspectWords)));

  private static final List<Form> OTHER_FORMS =
      List.of(
          form("rejected: (.+) (?:is|are) not allowed here", m -> words(m.group(1), Reason::bannedWords)),
          form("You are banned from commenting: (.*)", m -> Reason.sanction(null, m.group(1))),
          form("You are suspended until (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC): (.*)",
              m -> Reason.sanction(LocalDateTime.parse(m.group(1), SHOWN).toInstant(ZoneOffset.UTC), m.group(2))),
          form("rejected by a moderator: (.*)", m -> Reason.moderator(m.group(1))),
          form("rejected as spam(?:: (.*))?", m -> Reason.spam(m.group(1) == null ? "" : m.group(1))));

  private LegacyReasons() {}

  /** The reasons of a stored text, one a line. */
  static List<Reason> read(String stored) {
    List<Reason> reasons = new ArrayList<>();
    for (String line : stored.split("\n")) {
      if (!line.isBlank()) {
        reasons.add(line(line));
      }
    }
    return List.copyOf(reasons);
  }

  static Reason line(String line) {
    if (line.startsWith(HELD)) {
      Reason known = match(HELD_FORMS, line.substring(HELD.length()));
      if (known != null) {
        return known;
      }
    }
    Reason known = match(OTHER_FORMS, line);
    if (known != null) {
      return known;
    }
    return Reason.other(line.startsWith(REJECTED) ? ReasonOutcome.REJECTED : ReasonOutcome.HELD, line);
  }

  private static Reason match(List<Form> forms, String text) {
    for (Form form : forms) {
      Matcher matcher = form.pattern().matcher(text);
      Reason reason = matcher.matches() ? parsed(form, matcher) : null;
      if (reason != null) {
        return reason;
      }
    }
    return null;
  }

  /** The reason a form reads, or null when its numbers or time are out of range. */
  private static Reason parsed(Form form, Matcher matcher) {
    try {
      return form.reason().apply(matcher);
    } catch (RuntimeException outOfRange) {
      return null;
    }
  }

  /** Quoted words as the word lists wrote them: "found" or "found" (entry), by commas; null when they are not. */
  private static Reason words(String text, Function<List<ReasonParams.Word>, Reason> reason) {
    List<ReasonParams.Word> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    int end = 0;
    while (matcher.find() && matcher.start() == (end == 0 ? 0 : end + 2)) {
      words.add(new ReasonParams.Word(matcher.group(1), matcher.group(2)));
      end = matcher.end();
    }
    return words.isEmpty() || end != text.length() ? null : reason.apply(words);
  }

  private static List<String> found(String quoted) {
    List<String> terms = new ArrayList<>();
    Matcher matcher = WORD.matcher(quoted);
    while (matcher.find()) {
      terms.add(matcher.group(1));
    }
    return terms;
  }

  private static Form form(String regex, Function<Matcher, Reason> reason) {
    return new Form(Pattern.compile(regex, Pattern.DOTALL), reason);
  }

  private static int number(Matcher matcher, int group) {
    return Integer.parseInt(matcher.group(group));
  }
}
