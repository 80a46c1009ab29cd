package news.broadsheet.moderation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A ban (no end) or a timed suspension of a commenter.
 *
 * @param endsAt when a suspension ends; null for a ban
 * @param liftedAt when a moderator lifted it early, or null
 */
public record Sanction(
    long id, Commenter commenter, Instant endsAt, String reason, String by, Instant at, Instant liftedAt) {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

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

  /** What moderators read about it: "banned: …", "suspended until 2026-12-05 09:00 UTC: …". */
  public String summary() {
    return (isBan() ? "banned" : until()) + ": " + reason;
  }

  /** What the commenter is told when they try to post. */
  public String message() {
    return "You are " + (isBan() ? "banned from commenting" : until()) + ": " + reason;
  }

  private String until() {
    return "suspended until " + SHOWN.format(endsAt);
  }
}
