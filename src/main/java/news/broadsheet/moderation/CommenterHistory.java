package news.broadsheet.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a commenter has done on this site, for a moderator deciding on their comment: their
 * comments by status (counted as they are written, never by reading them), when they first
 * commented, and every ban or suspension they have had.
 *
 * @param pending comments held now, waiting for a moderator
 * @param firstSeen their first comment posted on this site, or null when there is none
 * @param sanctions bans and suspensions, lifted or ended ones too, newest first
 */
public record CommenterHistory(long published, long pending, long rejected, Instant firstSeen, List<Sanction> sanctions) {

  public static final CommenterHistory NONE = new CommenterHistory(0, 0, 0, null, List.of());

  public CommenterHistory {
    sanctions = List.copyOf(sanctions);
  }

  /** The ban or suspension in force at this time, if any. */
  public Optional<Sanction> activeSanction(Instant now) {
    return sanctions.stream().filter(s -> s.isActive(now)).findFirst();
  }

  public long total() {
    return published + pending + rejected;
  }
}
