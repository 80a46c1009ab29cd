package news.broadsheet.web.reader;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.search.DocumentKind;
import news.broadsheet.search.Highlight;
import news.broadsheet.search.SearchHit;
import news.broadsheet.search.Snippet;
import news.broadsheet.web.page.Paths;

/**
 * One result as the search page shows it: what it is, where it leads, who wrote it and when, and
 * its snippet in parts, the found words marked (the template escapes every part).
 *
 * @param byline the story's authors or the commenter, or null
 */
public record SearchResultView(
    String kind, String title, String path, String byline, String date, String dateIso, List<Part> snippet) {

  /** A run of the snippet's text, marked when it is a word searched for. */
  public record Part(String text, boolean marked) {}

  static SearchResultView of(SearchHit hit) {
    boolean story = hit.kind() == DocumentKind.STORY;
    return new SearchResultView(
        story ? "Story" : "Comment", hit.title(), path(hit), hit.byline(), NewspaperDates.longDate(hit.publishedOn()),
        hit.publishedOn().toString(), parts(hit.snippet()));
  }

  /** The address of a hit: its story, or the comment on its story. */
  public static String path(SearchHit hit) {
    String story = Paths.story(hit.articleId(), hit.slug());
    return hit.kind() == DocumentKind.STORY ? story : Paths.comment(story, hit.id());
  }

  static List<Part> parts(Snippet snippet) {
    List<Part> parts = new ArrayList<>();
    String text = snippet.text();
    int at = 0;
    for (Highlight mark : snippet.highlights()) {
      if (mark.start() > at) {
        parts.add(new Part(text.substring(at, mark.start()), false));
      }
      parts.add(new Part(text.substring(mark.start(), mark.end()), true));
      at = mark.end();
    }
    if (at < text.length()) {
      parts.add(new Part(text.substring(at), false));
    }
    return parts;
  }

  public boolean isComment() {
    return kind.equals("Comment");
  }
}
