package news.broadsheet.desk;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything of a story that the desk edits, as one save sends it (the form or the API) and as
 * every revision keeps it. Empty text stands for "none"; {@link StoryRules} checks and tidies it.
 *
 * @param authors author names, in byline order; each has (or gets) a profile
 * @param section a section's slug, or "" for none
 * @param body CommonMark: blocks separated by one empty line; the first without its dateline
 * @param printDate the print edition's date, or null when the story was not in print
 * @param leadMedia the lead image's media key, or ""
 */
public record StoryDraft(
    String headline,
    String standfirst,
    List<String> authors,
    String dateline,
    String section,
    List<String> tags,
    String body,
    String printPublication,
    LocalDate printDate,
    CommentsMode commentsMode,
    String leadMedia) {

  public StoryDraft {
    headline = orEmpty(headline);
    standfirst = orEmpty(standfirst);
    authors = List.copyOf(authors);
    dateline = orEmpty(dateline);
    section = orEmpty(section);
    tags = List.copyOf(tags);
    body = orEmpty(body);
    printPublication = orEmpty(printPublication);
    Objects.requireNonNull(commentsMode, "commentsMode");
    leadMedia = orEmpty(leadMedia);
  }

  /** A draft with a headline and body alone, the rest left empty (comments open). */
  public static StoryDraft of(String headline, String body) {
    return new StoryDraft(headline, "", List.of(), "", "", List.of(), body, "", null, CommentsMode.OPEN, "");
  }

  public StoryDraft withBody(String newBody) {
    return new StoryDraft(headline, standfirst, authors, dateline, section, tags, newBody, printPublication, printDate,
        commentsMode, leadMedia);
  }

  public StoryDraft withHeadline(String newHeadline) {
    return new StoryDraft(newHeadline, standfirst, authors, dateline, section, tags, body, printPublication, printDate,
        commentsMode, leadMedia);
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
