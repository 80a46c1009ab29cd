package news.broadsheet.moderation;

import java.time.Instant;
import java.util.List;
import news.broadsheet.comment.Reason;
import news.broadsheet.comment.ReasonText;

/**
 * A ban (no end) or a timed suspension of a commenter.
 *
 * @param endsAt when a suspension ends; null for a ban
 * @param liftedAt when a moderator lifted it early, or null
 */
public record Sanction(
    long id, Commenter commenter, Instant endsAt, String reason, String by, Instant at, Instant liftedAt) {

  public boolean isBan() {
    return endsAt == null;
  }

  public boolean isActive(Instant now) {
    return liftedAt == null && (endsAt == null || now.isBefore(endsAt));
  }

  /**
   * Whether whoever has these keys ({@link Commenter#keys()}) is the sanctioned commenter: the
   * same account, the same client fingerprint, or, for a guest, the same (folded) name.
   */
  public boolean covers(List<String> keys) {
    return commenter.keys().stream().anyMatch(keys::contains);
  }

  /** The reason a comment by the commenter is rejected while it lasts. */
  public Reason asReason() {
    return Reason.sanction(endsAt, reason);
  }

  /** What moderators read about it: "banned from commenting: …", "suspended until 2026-12-05 09:00 UTC: …". */
  public String summary() {
    return ReasonText.explanation(asReason());
  }
}
