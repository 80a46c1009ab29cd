package news.broadsheet.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import news.broadsheet.desk.CommentsMode;
import news.broadsheet.desk.DeskStory;
import news.broadsheet.desk.Revision;
import news.broadsheet.desk.StoryDraft;

/** The desk API's JSON: what a story request carries, and a story and its revisions as answered. */
final class DeskApiViews {

  private DeskApiViews() {}

  /**
   * A story as a request writes it; fields left out are empty (a PUT replaces the whole story).
   *
   * @param revision the revision the change starts from (PUT only)
   * @param comments "open", "closed" or "pre-moderated"
   * @param leadImage an uploaded image's key
   */
  record StoryRequest(Integer revision, String headline, String standfirst, List<String> authors, String dateline,
      String section, List<String> tags, String body, String printPublication, LocalDate printDate, String comments,
      String leadImage) {

    StoryDraft draft() {
      CommentsMode mode = comments == null || comments.isBlank() ? CommentsMode.OPEN : CommentsMode.fromCode(comments)
          .orElseThrow(() -> new ApiProblem(422, "invalid", "comments", "comments is open, closed or pre-moderated."));
      return new StoryDraft(headline, standfirst, authors == null ? List.of() : authors, dateline, section,
          tags == null ? List.of() : tags, body, printPublication, printDate, mode, leadImage);
    }
  }

  /** {@code {"at": ISO-8601}}: when to publish, or now when absent. */
  record PublishRequest(OffsetDateTime at) {}

  /** {@code {"text": …}}: a correction note. */
  record CorrectionRequest(String text) {}

  /** A story on the desk. */
  record DeskApiStory(long id, int revision, String status, String headline, String standfirst, List<String> authors,
      String dateline, String section, List<String> tags, String body, String printPublication, LocalDate printDate,
      String comments, String leadImage, OffsetDateTime publishedAt, OffsetDateTime updatedAt,
      OffsetDateTime publishAt, String url) {

    static DeskApiStory of(DeskStory story) {
      StoryDraft content = story.content();
      ZoneId zone = story.zone();
      boolean readers = story.status() == news.broadsheet.article.StoryStatus.PUBLISHED;
      return new DeskApiStory(story.id(), story.revision(), story.status().code(), content.headline(),
          content.standfirst(), content.authors(), content.dateline(), content.section(), content.tags(), content.body(),
          content.printPublication(), content.printDate(), content.commentsMode().code(), content.leadMedia(),
          at(story.publishedAt(), zone), at(story.updatedAt(), zone), at(story.publishAt(), zone),
          readers ? "/news/" + story.id() + "/" + story.slug() : null);
    }
  }

  /** One revision: its number, what was done, by whom, when, the status after it, and a note. */
  record DeskApiRevision(int revision, String kind, String by, OffsetDateTime at, String status, String note) {
    static DeskApiRevision of(Revision revision, ZoneId zone) {
      return new DeskApiRevision(revision.number(), revision.kind().code(), revision.accountName(),
          DeskApiViews.at(revision.createdAt(), zone), revision.status().code(), revision.note());
    }
  }

  /** A save refused over a newer revision: the latest revision, who saved it, and the story as it stands. */
  record StaleAnswer(String error, String message, int revision, String by, DeskApiStory current) {}

  private static OffsetDateTime at(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }
}
