package news.broadsheet.article;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A stored story.
 *
 * @param zone the newsroom's time zone: comment times are its wall-clock times
 * @param slug the readable part of the story's address
 */
public record Article(long id, Story story, ZoneId zone, String slug, boolean commentsClosed, Publication publication) {
  public Article {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(publication, "publication");
  }

  /** A story as an archive brings it: published, with no desk details. */
  public Article(long id, Story story, ZoneId zone, String slug, boolean commentsClosed) {
    this(id, story, zone, slug, commentsClosed, Publication.ARCHIVED);
  }

  public StoryStatus status() {
    return publication.status();
  }

  public boolean isPublished() {
    return publication.isPublished();
  }

  public CommentingTerms commentingTerms() {
    return new CommentingTerms(story.publishedOn(), zone, commentsClosed, publication.status());
  }
}
