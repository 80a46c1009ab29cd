package news.broadsheet.comment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a comment was held or rejected, as a kind: what screening found, what readers or a
 * moderator did. Each kind has a short label for the moderation queue and its filters, the outcome
 * it has unless told otherwise, and the shape of the parameters its explanation needs; the words
 * are written by {@link ReasonText}.
 */
public enum ReasonKind {
  SANCTION("Banned or suspended", ReasonOutcome.REJECTED, ReasonParams.Sanction.class),
  BANNED_WORDS("Banned word", ReasonOutcome.REJECTED, ReasonParams.Words.class),
  SUSPECT_WORDS("Suspect word", ReasonOutcome.HELD, ReasonParams.Words.class),
  LINKS("Links", ReasonOutcome.HELD, ReasonParams.Links.class),
  SHOUTING("Shouting", ReasonOutcome.HELD, ReasonParams.Percent.class),
  DUPLICATE("Duplicate", ReasonOutcome.HELD, ReasonParams.None.class),
  FLOOD("Flood", ReasonOutcome.HELD, ReasonParams.Flood.class),
  PREMODERATION_ALL("Pre-moderation", ReasonOutcome.HELD, ReasonParams.None.class),
  PREMODERATION_STORY("Story pre-moderated", ReasonOutcome.HELD, ReasonParams.None.class),
  PREMODERATION_COMMENTER("Commenter pre-moderated", ReasonOutcome.HELD, ReasonParams.None.class),
  PREMODERATION_NEWCOMER("New commenter", ReasonOutcome.HELD, ReasonParams.Count.class),
  CLASSIFIER("Classifier", ReasonOutcome.HELD, ReasonParams.Classifier.class),
  REPORTS("Reported", ReasonOutcome.HELD, ReasonParams.Count.class),
  CHECK_FAILED("Check failed", ReasonOutcome.HELD, ReasonParams.Note.class),
  MODERATOR("Rejected by a moderator", ReasonOutcome.REJECTED, ReasonParams.Note.class),
  SPAM("Spam", ReasonOutcome.REJECTED, ReasonParams.Note.class),
  /** A reason in words only, as older versions stored some; shown as it was written. */
  OTHER("Note", ReasonOutcome.HELD, ReasonParams.Note.class);

  private final String label;
  private final ReasonOutcome outcome;
  private final Class<? extends ReasonParams> params;

  ReasonKind(String label, ReasonOutcome outcome, Class<? extends ReasonParams> params) {
    this.label = label;
    this.outcome = outcome;
    this.params = params;
  }

  /** A few words for a label on the queue's cards and in its filter ("Links", "Banned word"). */
  public String label() {
    return label;
  }

  /** The outcome a reason of this kind has unless it says otherwise. */
  public ReasonOutcome outcome() {
    return outcome;
  }

  /** The parameters a reason of this kind carries. */
  public Class<? extends ReasonParams> params() {
    return params;
  }

  /** The stable code, as stored and as a filter takes it: "links", "premoderation_story". */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ReasonKind> fromCode(String code) {
    return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
  }
}
