package news.broadsheet.article;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a story stands in its life: draft → in review → scheduled → published → unpublished.
 * Readers, feeds, the API, sitemaps and exports of published stories see published ones alone.
 */
public enum StoryStatus {
  DRAFT,
  IN_REVIEW,
  SCHEDULED,
  PUBLISHED,
  UNPUBLISHED;

  /** The stored and written form: "draft", "in_review". */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** How people read it: "in review". */
  public String label() {
    return code().replace('_', ' ');
  }

  public static Optional<StoryStatus> fromCode(String code) {
    String wanted = code == null ? "" : code.strip().replace(' ', '_').replace('-', '_');
    for (StoryStatus status : values()) {
      if (status.code().equalsIgnoreCase(wanted)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
