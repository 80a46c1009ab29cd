package news.broadsheet.account;

import java.time.Instant;

/**
 * An account as the admins' list shows it.
 *
 * @param lastSeen its last login or use of a session (to within minutes), or null if never
 * @param sessions its login sessions that have not expired
 */
public record AccountSummary(User user, Instant createdAt, Instant lastSeen, int sessions) {}
