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
 * @param paragraphs the body, one entry per block; the first without its dateline
 * @param printLine absent (null) when the story did not appear in print
 * @param format how the body's blocks are read: plain paragraphs, or CommonMark
 */
public record Story(
    String source,
    LocalDate publishedOn,
    String headline,
    Byline byline,
    String dateline,
    List<String> paragraphs,
    PrintLine printLine,
    BodyFormat format) {

  public Story {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(publishedOn, "publishedOn");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(format, "format");
    paragraphs = List.copyOf(paragraphs);
  }

  /** A story with a plain-text body, as archives hold them. */
  public Story(
      String source,
      LocalDate publishedOn,
      String headline,
      Byline byline,
      String dateline,
      List<String> paragraphs,
      PrintLine printLine) {
    this(source, publishedOn, headline, byline, dateline, paragraphs, printLine, BodyFormat.PLAIN);
  }

  public StoryKey key() {
    return new StoryKey(source, publishedOn, headline);
  }

  /** The body as one text: its blocks, each followed by an empty line but the last. */
  public String body() {
    return String.join("\n\n", paragraphs);
  }
}
