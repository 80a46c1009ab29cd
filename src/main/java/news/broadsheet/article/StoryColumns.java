package news.broadsheet.article;

import java.util.HashMap;
import java.util.Map;

/** A story's content as the named values of its article columns. */
public final class StoryColumns {

  private StoryColumns() {}

  public static Map<String, Object> of(Story story) {
    Map<String, Object> values = new HashMap<>();
    values.put("source", story.source());
    values.put("publishedOn", story.publishedOn().toString());
    values.put("headline", story.headline());
    values.put("authors", story.byline() == null ? null : story.byline().authors());
    values.put("updatedOn", story.byline() == null ? null : story.byline().updatedOn().toString());
    values.put("padded", story.byline() == null ? null : story.byline().dayZeroPadded());
    values.put("dateline", story.dateline());
    values.put("body", String.join(ArticleRows.PARAGRAPH_SEPARATOR, story.paragraphs()));
    values.put("publication", story.printLine() == null ? null : story.printLine().publication());
    values.put("printDate", story.printLine() == null ? null : story.printLine().date().toString());
    values.put("format", story.format().code());
    return values;
  }
}
