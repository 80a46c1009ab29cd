package news.broadsheet.account;

import java.time.Instant;

/**
 * A login: the secret token for the cookie (shown once, stored only as a digest) and its user.
 */
public record Session(String token, User user, Instant expiresAt) {}
