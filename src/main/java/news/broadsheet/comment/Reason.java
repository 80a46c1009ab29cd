package news.broadsheet.comment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One reason a comment was held or rejected: its kind, its outcome and the parameters that
 * explain it ({@code links: held, 3 found, limit 2}). Stored as these values and put into words
 * by {@link ReasonText} alone, for the commenter, the moderation queue, the audit trail and the
 * API.
 */
public record Reason(ReasonKind kind, ReasonOutcome outcome, ReasonParams params) {

  public Reason {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(outcome, "outcome");
    if (!kind.params().isInstance(params)) {
      throw new IllegalArgumentException(kind + " takes " + kind.params().getSimpleName() + ", not " + params);
    }
  }

  /** A reason of this kind with the kind's own outcome. */
  public static Reason of(ReasonKind kind, ReasonParams params) {
    return new Reason(kind, kind.outcome(), params);
  }

  private static Reason of(ReasonKind kind) {
    return of(kind, new ReasonParams.None());
  }

  /** The commenter is banned ({@code until} null) or suspended until then. */
  public static Reason sanction(Instant until, String why) {
    return of(ReasonKind.SANCTION, new ReasonParams.Sanction(until, why));
  }

  public static Reason bannedWords(List<ReasonParams.Word> words) {
    return of(ReasonKind.BANNED_WORDS, new ReasonParams.Words(words));
  }

  public static Reason suspectWords(List<ReasonParams.Word> words) {
    return of(ReasonKind.SUSPECT_WORDS, new ReasonParams.Words(words));
  }

  public static Reason links(int found, int limit) {
    return of(ReasonKind.LINKS, new ReasonParams.Links(found, limit));
  }

  public static Reason shouting(int percent) {
    return of(ReasonKind.SHOUTING, new ReasonParams.Percent(percent));
  }

  public static Reason duplicate() {
    return of(ReasonKind.DUPLICATE);
  }

  public static Reason flood(int perMinute, boolean byAccount) {
    return of(ReasonKind.FLOOD, new ReasonParams.Flood(perMinute, byAccount));
  }

  /** Every comment on the site is reviewed before it appears. */
  public static Reason premoderatedSite() {
    return of(ReasonKind.PREMODERATION_ALL);
  }

  public static Reason premoderatedStory() {
    return of(ReasonKind.PREMODERATION_STORY);
  }

  public static Reason premoderatedCommenter() {
    return of(ReasonKind.PREMODERATION_COMMENTER);
  }

  /** A new commenter's first {@code held} comments are reviewed. */
  public static Reason newCommenter(int held) {
    return of(ReasonKind.PREMODERATION_NEWCOMER, new ReasonParams.Count(held));
  }

  public static Reason classifier(int percent, List<String> terms) {
    return of(ReasonKind.CLASSIFIER, new ReasonParams.Classifier(percent, terms));
  }

  public static Reason reports(int readers) {
    return of(ReasonKind.REPORTS, new ReasonParams.Count(readers));
  }

  /** A check that could not finish (its database unreachable, say), named as in its settings. */
  public static Reason checkFailed(String check) {
    return of(ReasonKind.CHECK_FAILED, new ReasonParams.Note(check));
  }

  /** A moderator rejected it, with their reason. */
  public static Reason moderator(String why) {
    return of(ReasonKind.MODERATOR, new ReasonParams.Note(why));
  }

  /** A moderator marked it as spam; {@code why} may be empty. */
  public static Reason spam(String why) {
    return of(ReasonKind.SPAM, new ReasonParams.Note(why));
  }

  /** A reason known only by its words, as older versions stored some. */
  public static Reason other(ReasonOutcome outcome, String text) {
    return new Reason(ReasonKind.OTHER, outcome, new ReasonParams.Note(text));
  }
}
