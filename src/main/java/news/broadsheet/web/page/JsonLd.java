package news.broadsheet.web.page;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.Story;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentText;
import news.broadsheet.comment.ThreadedComment;

/**
 * The schema.org NewsArticle of a story page, with the first of the comments the page shows, as
 * JSON that is safe inside a {@code <script type="application/ld+json">} element: no {@code <},
 * {@code >} or {@code &} in it.
 *
 * <p>The structured data names the discussion's size ({@code commentCount}) and carries at most
 * {@value #COMMENTS} comments, in the page's order with their replies nested: what search
 * engines show of a discussion is a few comments beside the count, and the page's HTML holds every
 * comment anyway. Writing all of a page's comments a second time in JSON doubled the page's size
 * and a fifth of its rendering.
 */
public final class JsonLd {

  /** How many comments, replies included, the structured data carries at most. */
  public static final int COMMENTS = 10;

  private static final JsonFactory JSON = new JsonFactoryBuilder().build();

  private JsonLd() {}

  /**
   * What the desk knows of a story beyond its text.
   *
   * @param authors the authors with their pages (empty: the byline's names are used)
   * @param image the lead image's absolute address, or null
   * @param section the section's name, or null
   */
  public record Details(List<Person> authors, String image, String section) {
    public static final Details NONE = new Details(List.of(), null, null);

    public Details {
      authors = List.copyOf(authors);
    }
  }

  /** An author with the address of their page. */
  public record Person(String name, String url) {}

  public static SafeHtml newsArticle(Article article, String url, String description, long commentCount, List<ThreadedComment> threads) {
    return newsArticle(article, url, description, commentCount, threads, Details.NONE);
  }

  public static SafeHtml newsArticle(
      Article article, String url, String description, long commentCount, List<ThreadedComment> threads, Details details) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + COMMENTS * 512);
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      Story story = article.story();
      json.writeStartObject();
      json.writeStringField("@context", "https://schema.org");
      json.writeStringField("@type", "NewsArticle");
      json.writeStringField("headline", story.headline());
      json.writeStringField("url", url);
      json.writeStringField("mainEntityOfPage", url);
      json.writeStringField("description", description);
      dates(json, article);
      authors(json, story, details);
      if (details.image() != null) {
        json.writeArrayFieldStart("image");
        json.writeString(details.image());
        json.writeEndArray();
      }
      if (details.section() != null) {
        json.writeStringField("articleSection", details.section());
      }
      if (story.dateline() != null) {
        typedField(json, "locationCreated", "Place", story.dateline());
      }
      typedField(json, "publisher", "Organization", story.printLine() != null ? story.printLine().publication() : story.source());
      typedField(json, "sourceOrganization", "Organization", story.source());
      json.writeNumberField("commentCount", commentCount);
      if (!threads.isEmpty()) {
        json.writeArrayFieldStart("comment");
        comments(json, threads, article.zone(), url, new int[] {COMMENTS});
        json.writeEndArray();
      }
      json.writeEndObject();
    } catch (IOException impossible) {
      throw new UncheckedIOException("writing JSON to memory", impossible);
    }
    return SafeHtml.trustedUtf8(scriptSafe(out.toByteArray()));
  }

  /** Publication and change: instants for the desk's stories, dates for archived ones. */
  private static void dates(JsonGenerator json, Article article) throws IOException {
    var publication = article.publication();
    Story story = article.story();
    if (publication.publishedAt() != null) {
      String published = instant(publication.publishedAt(), article.zone());
      json.writeStringField("datePublished", published);
      json.writeStringField("dateModified",
          publication.updatedAt() == null ? published : instant(publication.updatedAt(), article.zone()));
      return;
    }
    json.writeStringField("datePublished", story.publishedOn().toString());
    if (publication.updatedAt() != null) {
      json.writeStringField("dateModified", instant(publication.updatedAt(), article.zone()));
    } else if (story.byline() != null) {
      json.writeStringField("dateModified", story.byline().updatedOn().toString());
    }
  }

  private static String instant(java.time.Instant instant, ZoneId zone) {
    return IsoTimes.offsetDateTime(instant, zone);
  }

  /** The desk's authors with their pages, or else the byline's names. */
  private static void authors(JsonGenerator json, Story story, Details details) throws IOException {
    List<String> names = story.byline() == null ? List.of() : story.byline().authorNames();
    if (details.authors().isEmpty() && names.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("author");
    if (details.authors().isEmpty()) {
      for (String name : names) {
        typed(json, "Person", "name", name);
      }
    } else {
      for (Person person : details.authors()) {
        json.writeStartObject();
        json.writeStringField("@type", "Person");
        json.writeStringField("name", person.name());
        json.writeStringField("url", person.url());
        json.writeEndObject();
      }
    }
    json.writeEndArray();
  }

  /** The threads' comments depth first, while {@code left[0]} (what is left of the bound) lasts. */
  private static void comments(JsonGenerator json, List<ThreadedComment> threads, ZoneId zone, String url, int[] left)
      throws IOException {
    for (ThreadedComment thread : threads) {
      if (left[0] == 0) {
        return;
      }
      left[0]--;
      Comment comment = thread.comment();
      json.writeStartObject();
      json.writeStringField("@type", "Comment");
      typedField(json, "author", "Person", comment.name());
      json.writeStringField("dateCreated", IsoTimes.offsetDateTime(comment.postedAt(), zone));
      json.writeStringField("text", String.join("\n\n", CommentText.paragraphs(comment.text(), comment.origin())));
      json.writeStringField("url", url + "/comments/" + comment.id());
      if (comment.recommendations() > 0) {
        json.writeNumberField("upvoteCount", comment.recommendations());
      }
      if (!thread.replies().isEmpty() && left[0] > 0) {
        json.writeArrayFieldStart("comment");
        comments(json, thread.replies(), zone, url, left);
        json.writeEndArray();
      }
      json.writeEndObject();
    }
  }

  private static void typedField(JsonGenerator json, String field, String type, String name) throws IOException {
    json.writeFieldName(field);
    typed(json, type, "name", name);
  }

  private static void typed(JsonGenerator json, String type, String key, String value) throws IOException {
    json.writeStartObject();
    json.writeStringField("@type", type);
    json.writeStringField(key, value);
    json.writeEndObject();
  }

  /**
   * Escapes the characters that would end or confuse the script element: {@code <}, {@code >} and
   * {@code &}, and the line and paragraph separators (U+2028, U+2029; in UTF-8, E2 80 A8 and A9).
   * In JSON they appear only inside strings, where the escapes mean the same; one pass over the
   * written bytes costs a fraction of having the generator escape every string by a table of its own.
   */
  static byte[] scriptSafe(byte[] json) {
    int next = nextEscaped(json, 0);
    if (next < 0) {
      return json;
    }
    ByteArrayOutputStream safe = new ByteArrayOutputStream(json.length + 256);
    int from = 0;
    for (; next >= 0; next = nextEscaped(json, from)) {
      safe.write(json, from, next - from);
      safe.writeBytes(escapeAt(json, next).getBytes(StandardCharsets.US_ASCII));
      from = next + (json[next] == (byte) 0xE2 ? 3 : 1);
    }
    safe.write(json, from, json.length - from);
    return safe.toByteArray();
  }

  /** Where the next character to escape starts, from {@code from} on; -1 when none is left. */
  private static int nextEscaped(byte[] json, int from) {
    for (int at = nextCandidate(json, from); at >= 0; at = nextCandidate(json, at + 1)) {
      if (escapeAt(json, at) != null) {
        return at;
      }
    }
    return -1;
  }

  /** Where the next byte that may need escaping is, from {@code from} on; -1 when none is left. */
  private static int nextCandidate(byte[] json, int from) {
    for (int i = from; i < json.length; i++) {
      byte b = json[i];
      if (b == '<' || b == '>' || b == '&' || b == (byte) 0xE2) {
        return i;
      }
    }
    return -1;
  }

  /** The escape of the character that starts at {@code i}, or null when it needs none. */
  private static String escapeAt(byte[] json, int i) {
    return switch (json[i]) {
      case '<' -> "\\u003c";
      case '>' -> "\\u003e";
      case '&' -> "\\u0026";
      case (byte) 0xE2 -> separatorAt(json, i);
      default -> null;
    };
  }

  private static String separatorAt(byte[] json, int i) {
    if (i + 2 >= json.length || json[i + 1] != (byte) 0x80) {
      return null;
    }
    return json[i + 2] == (byte) 0xA8 ? "\\u2028" : json[i + 2] == (byte) 0xA9 ? "\\u2029" : null;
  }
}
