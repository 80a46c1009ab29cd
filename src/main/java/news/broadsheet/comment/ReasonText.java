package news.broadsheet.comment;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place where reasons become words: a short label and a longer explanation for the
 * moderation queue and the audit trail, the line the API and the history show ("held: 3 links,
 * the limit is 2"), and the sentence a commenter reads when their comment is not published.
 */
public final class ReasonText {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private ReasonText() {}

  /** A few words for a card: the kind's label, or "Banned" and "Suspended" for a sanction. */
  public static String label(Reason reason) {
    if (reason.params() instanceof ReasonParams.Sanction sanction) {
      return sanction.until() == null ? "Banned" : "Suspended";
    }
    return reason.kind().label();
  }

  /** What happened, in a phrase without the outcome: "3 links, the limit is 2". */
  public static String explanation(Reason reason) {
    ReasonParams params = reason.params();
    return switch (reason.kind()) {
      case SANCTION -> sanction((ReasonParams.Sanction) params);
      case BANNED_WORDS -> words((ReasonParams.Words) params, " is not allowed here", " are not allowed here");
      case SUSPECT_WORDS ->
          words((ReasonParams.Words) params, " is a word a moderator looks at first", " are words a moderator looks at first");
      case LINKS -> links((ReasonParams.Links) params);
      case SHOUTING -> "mostly capital letters (" + ((ReasonParams.Percent) params).percent() + "%); please write without shouting";
      case DUPLICATE -> "the same comment was posted on this story already";
      case FLOOD -> flood((ReasonParams.Flood) params);
      case PREMODERATION_ALL -> "every comment is reviewed before it appears";
      case PREMODERATION_STORY -> "comments on this story are reviewed before they appear";
      case PREMODERATION_COMMENTER -> "this commenter's comments are reviewed before they appear";
      case PREMODERATION_NEWCOMER -> newcomer(((ReasonParams.Count) params).count());
      case CLASSIFIER -> classifier((ReasonParams.Classifier) params);
      case REPORTS -> "reported by " + ((ReasonParams.Count) params).count() + " readers";
      case CHECK_FAILED -> "the " + note(params) + " check could not finish";
      case SPAM -> note(params).isEmpty() ? "marked as spam" : note(params);
      case MODERATOR, OTHER -> note(params);
    };
  }

  /**
   * The reason on one line, as the API, the live stream and the history show it: the outcome
   * and the explanation ("held: 3 links, the limit is 2"), or for a sanction, a moderator's
   * decision and an older reason, the words that say it all.
   */
  public static String line(Reason reason) {
    String note = reason.params() instanceof ReasonParams.Note n ? n.text() : "";
    return switch (reason.kind()) {
      case SANCTION -> "You are " + explanation(reason);
      case MODERATOR -> "rejected by a moderator: " + note;
      case SPAM -> "rejected as spam" + (note.isEmpty() ? "" : ": " + note);
      case OTHER -> note;
      default -> reason.outcome().code() + ": " + explanation(reason);
    };
  }

  /**
   * What a commenter reads when screening rejected their comment: "Your comment was not
   * published: "idiot" is not allowed here." Only the reasons that reject are named, when any.
   */
  public static String toCommenter(List<Reason> reasons) {
    List<Reason> rejecting = reasons.stream().filter(r -> r.outcome() == ReasonOutcome.REJECTED).toList();
    String text =
        (rejecting.isEmpty() ? reasons : rejecting).stream()
            .map(ReasonText::forCommenter)
            .collect(Collectors.joining("; "))
            .strip();
    if (text.isEmpty()) {
      return "Your comment was not published.";
    }
    return "Your comment was not published: " + text + (text.matches("(?s).*[.!?…]$") ? "" : ".");
  }

  /** The explanation where the outcome goes without saying, else the whole line. */
  private static String forCommenter(Reason reason) {
    return switch (reason.kind()) {
      case SANCTION, MODERATOR, SPAM, OTHER -> line(reason);
      default -> explanation(reason);
    };
  }

  private static String sanction(ReasonParams.Sanction sanction) {
    String what = sanction.until() == null ? "banned from commenting" : "suspended until " + SHOWN.format(sanction.until());
    return what + ": " + sanction.why();
  }

  private static String words(ReasonParams.Words words, String one, String many) {
    String listed =
        words.words().stream()
            .map(w -> w.found().equals(w.listed()) ? quoted(w.found()) : quoted(w.found()) + " (" + w.listed() + ")")
            .collect(Collectors.joining(", "));
    return listed + (words.words().size() == 1 ? one : many);
  }

  private static String links(ReasonParams.Links links) {
    return links.found() + (links.found() == 1 ? " link" : " links") + ", the limit is " + links.limit();
  }

  private static String flood(ReasonParams.Flood flood) {
    return "more than " + flood.perMinute() + " comments in a minute from one " + (flood.byAccount() ? "account" : "connection");
  }

  private static String newcomer(int held) {
    return "a new commenter's first " + (held == 1 ? "comment is" : held + " comments are") + " reviewed before they appear";
  }

  private static String classifier(ReasonParams.Classifier classifier) {
    String terms = classifier.terms().isEmpty() ? ""
        : "; weighed most: " + classifier.terms().stream().map(ReasonText::quoted).collect(Collectors.joining(", "));
    return "like comments moderators rejected (" + classifier.percent() + "%)" + terms;
  }

  private static String note(ReasonParams params) {
    return ((ReasonParams.Note) params).text();
  }

  private static String quoted(String word) {
    return "\"" + word + "\"";
  }
}
