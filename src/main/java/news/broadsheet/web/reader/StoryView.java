package news.broadsheet.web.reader;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import news.broadsheet.article.Article;
import news.broadsheet.article.BodyFormat;
import news.broadsheet.article.Publication;
import news.broadsheet.article.Story;
import news.broadsheet.desk.StoryBody;
import news.broadsheet.web.page.Paths;

/**
 * A story as its page shows it.
 *
 * @param authors the byline's names, or null when the story has none
 * @param updated the "Updated" date as printed (with the time for the desk's updates), or null
 * @param published the publication date as printed (with the time for the desk's stories)
 * @param paragraphs the body's blocks: plain text for archived stories, CommonMark for the desk's
 * @param markup whether the body is CommonMark (its HTML comes from the desk's renderer)
 * @param lead the first paragraph as plain text
 * @param standfirst the desk's one-sentence summary, or null
 * @param printLine "Published in Dawn, March 3rd, 2018", or null
 */
public record StoryView(
    long id,
    String path,
    String headline,
    String authors,
    String updated,
    String updatedIso,
    String published,
    String publishedIso,
    String dateline,
    List<String> paragraphs,
    boolean markup,
    String lead,
    String standfirst,
    String printLine,
    String source,
    String sourcePath) {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MMMM d, yyyy, HH:mm", Locale.ENGLISH);

  static StoryView of(Article article) {
    Story story = article.story();
    Publication publication = article.publication();
    boolean hasByline = story.byline() != null;
    String updated = null;
    String updatedIso = null;
    if (publication.updatedAt() != null) {
      ZonedDateTime at = publication.updatedAt().atZone(article.zone());
      updated = STAMP.format(at);
      updatedIso = at.toOffsetDateTime().toString();
    } else if (hasByline && publication.publishedAt() == null) {
      updated = NewspaperDates.bylineDate(story.byline().updatedOn(), story.byline().dayZeroPadded());
      updatedIso = story.byline().updatedOn().toString();
    }
    ZonedDateTime publishedAt = publication.publishedAt() == null ? null : publication.publishedAt().atZone(article.zone());
    return new StoryView(
        article.id(),
        Paths.story(article),
        story.headline(),
        hasByline && !story.byline().authors().isBlank() ? story.byline().authors() : null,
        updated,
        updatedIso,
        publishedAt == null ? NewspaperDates.longDate(story.publishedOn()) : STAMP.format(publishedAt),
        publishedAt == null ? story.publishedOn().toString() : publishedAt.toOffsetDateTime().toString(),
        story.dateline(),
        story.paragraphs(),
        story.format() == BodyFormat.COMMONMARK,
        StoryBody.leadOf(story),
        publication.standfirst(),
        story.printLine() == null
            ? null
            : "Published in " + story.printLine().publication() + ", " + NewspaperDates.printDate(story.printLine().date()),
        story.source(),
        Paths.source(story.source()));
  }

  /** What a teaser says under its headline: the standfirst, else the first paragraph. */
  public String teaserText() {
    return standfirst != null ? standfirst : lead;
  }

  /** The dateline a teaser shows before its text: not before a standfirst. */
  public String teaserDateline() {
    return standfirst != null ? null : dateline;
  }
}
