package news.broadsheet.moderation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

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
   * Whether a guest posting with this name and client is the sanctioned commenter: the same client
   * fingerprint, or the same (folded) name.
   */
  public boolean covers(String name, String clientKey) {
    return (commenter.clientKey() != null && commenter.clientKey().equals(clientKey))
        || (commenter.name() != null && name != null && commenter.nameKey().equals(Commenter.nameKey(name)));
  }

  /** What the commenter is told when they try to post. */
  public String message() {
    return isBan()
        ? "You are banned from commenting: " + reason
        : "You are suspended until " + SHOWN.format(endsAt) + ": " + reason;
  }
}
