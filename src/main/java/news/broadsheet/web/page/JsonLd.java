package news.broadsheet.web.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.Story;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentText;
import news.broadsheet.comment.ThreadedComment;

/**
 * The schema.org NewsArticle of a story page, with its comments, as JSON that is safe inside a
 * {@code <script type="application/ld+json">} element: no {@code <}, {@code >} or {@code &} in it.
 */
public final class JsonLd {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLd() {}

  public static SafeHtml newsArticle(Article article, String url, String description, long commentCount, List<ThreadedComment> threads) {
    Story story = article.story();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("@context", "https://schema.org");
    json.put("@type", "NewsArticle");
    json.put("headline", story.headline());
    json.put("url", url);
    json.put("mainEntityOfPage", url);
    json.put("description", description);
    json.put("datePublished", story.publishedOn().toString());
    if (story.byline() != null) {
      json.put("dateModified", story.byline().updatedOn().toString());
      List<Map<String, Object>> authors = new ArrayList<>();
      story.byline().authorNames().forEach(name -> authors.add(typed("Person", "name", name)));
      if (!authors.isEmpty()) {
        json.put("author", authors);
      }
    }
    if (story.dateline() != null) {
      json.put("locationCreated", typed("Place", "name", story.dateline()));
    }
    String publisher = story.printLine() != null ? story.printLine().publication() : story.source();
    json.put("publisher", typed("Organization", "name", publisher));
    json.put("sourceOrganization", typed("Organization", "name", story.source()));
    json.put("commentCount", commentCount);
    json.put("comment", comments(threads, article.zone(), url));
    return SafeHtml.trusted(scriptSafe(write(json)));
  }

  private static List<Map<String, Object>> comments(List<ThreadedComment> threads, ZoneId zone, String url) {
    List<Map<String, Object>> list = new ArrayList<>(threads.size());
    for (ThreadedComment thread : threads) {
      Comment comment = thread.comment();
      Map<String, Object> json = typed("Comment", "author", typed("Person", "name", comment.name()));
      json.put("dateCreated", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(comment.postedAt().atZone(zone)));
      json.put("text", String.join("\n\n", CommentText.paragraphs(comment.text(), comment.origin())));
      json.put("url", url + "/comments/" + comment.id());
      if (comment.recommendations() > 0) {
        json.put("upvoteCount", comment.recommendations());
      }
      if (!thread.replies().isEmpty()) {
        json.put("comment", comments(thread.replies(), zone, url));
      }
      list.add(json);
    }
    return list;
  }

  private static Map<String, Object> typed(String type, String key, Object value) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("@type", type);
    json.put(key, value);
    return json;
  }

  private static String write(Map<String, Object> json) {
    try {
      return JSON.writeValueAsString(json);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("maps of strings and numbers always serialise", impossible);
    }
  }

  /** These characters appear only inside JSON strings, where the escapes mean the same. */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029");
  }
}
