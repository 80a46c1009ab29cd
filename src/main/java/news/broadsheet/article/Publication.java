package news.broadsheet.article;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a stored story stands with readers.
 *
 * @param standfirst the one-sentence summary of teasers, feeds and share tags, or null
 * @param publishedAt when the desk first published it, or null (archived stories have a date alone)
 * @param updatedAt when an edit of the published story was last published ("Updated"), or null
 */
public record Publication(StoryStatus status, String standfirst, Instant publishedAt, Instant updatedAt) {

  /** A story that came from an archive: published, known by its date alone. */
  public static final Publication ARCHIVED = new Publication(StoryStatus.PUBLISHED, null, null, null);

  public Publication {
    Objects.requireNonNull(status, "status");
  }

  public boolean isPublished() {
    return status == StoryStatus.PUBLISHED;
  }
}
