package news.broadsheet.desk;

import java.time.Instant;
import java.util.Objects;

/**
 * A correction note at the foot of a story ("An earlier version of this story misstated …"): a
 * revision of the story of its own, so the history keeps it.
 *
 * @param revision the revision that added it
 * @param headline the story's headline now, for the list of corrections
 * @param slug the story's slug now, for its address
 */
public record Correction(long storyId, int revision, String text, Instant createdAt, String accountName,
    String headline, String slug) {
  public Correction {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
