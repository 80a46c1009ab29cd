package news.broadsheet.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a newsroom publishes: everything of an article but its comments.
 *
 * <p>Source, publication date and headline together are the story's identity.
 *
 * @param byline absent (null) when the story carries none
 * @param dateline the city that opens the first paragraph ("WASHINGTON"), or null
 * @param paragraphs the body, one entry per paragraph; the first without its dateline
 * @param printLine absent (null) when the story did not appear in print
 */
public record Story(
    String source,
    LocalDate publishedOn,
    String headline,
    Byline byline,
    String dateline,
    List<String> paragraphs,
    PrintLine printLine) {

  public Story {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(publishedOn, "publishedOn");
    Objects.requireNonNull(headline, "headline");
    paragraphs = List.copyOf(paragraphs);
  }

  public StoryKey key() {
    return new StoryKey(source, publishedOn, headline);
  }
}
