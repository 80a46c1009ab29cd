package news.broadsheet.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A token for the desk API, as its account's page lists it: never its secret text.
 *
 * @param revokedAt when it stopped working, or null while it works
 */
public record ApiToken(long id, String label, Instant createdAt, Instant revokedAt) {
  public ApiToken {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public boolean active() {
    return revokedAt == null;
  }
}
