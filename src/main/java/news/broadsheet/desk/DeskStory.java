package news.broadsheet.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import news.broadsheet.article.BodyFormat;
import news.broadsheet.article.Byline;
import news.broadsheet.article.StoryStatus;

/**
 * A story as the desk edits it: its content, where it stands, and the revision a save of it
 * starts from.
 *
 * @param revision the latest revision's number (0 for a story the desk has never saved)
 * @param format how its body is read: CommonMark for the desk's stories, plain for archived ones
 * @param byline the byline as stored (archived stories keep their own), or null
 * @param publishedOn the date of its address and archive header: of publication, or the one planned
 * @param publishedAt when the desk first published it, or null
 * @param updatedAt when an update of it was last published ("Updated"), or null
 * @param publishAt when the scheduler publishes it, or null
 * @param createdBy the account that created it on the desk, or null (archives, the command line)
 * @param modifiedAt the latest save, or null
 */
public record DeskStory(
    long id,
    StoryStatus status,
    int revision,
    StoryDraft content,
    BodyFormat format,
    String slug,
    String source,
    ZoneId zone,
    Byline byline,
    LocalDate publishedOn,
    Instant publishedAt,
    Instant updatedAt,
    Instant publishAt,
    Long createdBy,
    Instant modifiedAt) {

  public DeskStory {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(publishedOn, "publishedOn");
  }

  /** Whether readers have seen it: then its address keeps working, and a new publication is an update. */
  public boolean everPublished() {
    return status == StoryStatus.PUBLISHED || status == StoryStatus.UNPUBLISHED;
  }

  DeskStory withId(long newId) {
    return new DeskStory(newId, status, revision, content, format, slug, source, zone, byline, publishedOn,
        publishedAt, updatedAt, publishAt, createdBy, modifiedAt);
  }

  DeskStory with(StoryStatus newStatus, StoryDraft newContent) {
    return new DeskStory(id, newStatus, revision, newContent, format, slug, source, zone, byline, publishedOn,
        publishedAt, updatedAt, publishAt, createdBy, modifiedAt);
  }

  DeskStory dated(LocalDate newPublishedOn, Instant newPublishedAt, Instant newUpdatedAt, Instant newPublishAt) {
    return new DeskStory(id, status, revision, content, format, slug, source, zone, byline, newPublishedOn,
        newPublishedAt, newUpdatedAt, newPublishAt, createdBy, modifiedAt);
  }

  DeskStory saved(int newRevision, String newSlug, Byline newByline, Instant at) {
    return new DeskStory(id, status, newRevision, content, format, newSlug, source, zone, newByline, publishedOn,
        publishedAt, updatedAt, publishAt, createdBy, at);
  }
}
