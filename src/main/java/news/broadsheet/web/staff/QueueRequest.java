package news.broadsheet.web.staff;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import news.broadsheet.comment.ReasonKind;
import news.broadsheet.moderation.ModerationException;
import news.broadsheet.moderation.QueueFilter;
import news.broadsheet.moderation.QueueTab;

/**
 * What a queue page or a queue form asks for: the tab, the filters as typed, and where the page
 * starts. Read from the query of a GET or the fields of a POST (which carry the page's state, so
 * that the moderator comes back to the same view); a bad value is a {@link ModerationException}
 * naming the field.
 *
 * @param story the story filter as typed (a story's number), "" for none
 * @param reason the filter on the reasons, a {@link ReasonKind}'s code (the address's {@code why}, as {@code reason} is a decision's)
 * @param from the comment after which the page starts, or null for the first page
 */
record QueueRequest(QueueTab tab, String story, String commenter, String text, String reason, Long from) {

  static final String PATH = "/admin/moderation";

  static QueueRequest of(Context ctx, boolean form) {
    return new QueueRequest(
        QueueTab.fromCode(field(ctx, "tab", form)).orElse(QueueTab.PENDING),
        field(ctx, "story", form),
        field(ctx, "commenter", form),
        field(ctx, "text", form),
        field(ctx, "why", form),
        number(field(ctx, "from", form), "from"));
  }

  private static String field(Context ctx, String name, boolean form) {
    String value = form ? ctx.formParam(name) : ctx.queryParam(name);
    return value == null ? "" : value.strip();
  }

  private static Long number(String text, String field) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      long value = Long.parseLong(text);
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw new ModerationException(field.equals("story")
        ? "Story is a story's number, as in its address: 12 for /news/12/…"
        : "That page of the queue does not exist.");
  }

  /** The filters as the queue reads them; a bad one is refused with what is wrong. */
  QueueFilter filter() {
    return new QueueFilter(number(story, "story"), commenter, text, kind(reason));
  }

  private static ReasonKind kind(String code) {
    if (code.isEmpty()) {
      return null;
    }
    return ReasonKind.fromCode(code)
        .orElseThrow(() -> new ModerationException("Reason is one of the kinds the list offers, not \"" + code + "\"."));
  }

  /** Whether any filter is set. */
  boolean filtered() {
    return !(story.isEmpty() && commenter.isEmpty() && text.isEmpty() && reason.isEmpty());
  }

  /** The same view on another tab, from its first page. */
  String href(QueueTab other) {
    return PATH + "?" + query(other, story, commenter, text, reason, null);
  }

  /** This tab without filters. */
  String hrefUnfiltered() {
    return PATH + "?tab=" + tab.code();
  }

  /** This view from its first page. */
  String href() {
    return href(tab);
  }

  /** This view from another starting point. */
  String hrefFrom(Long start) {
    return PATH + "?" + query(tab, story, commenter, text, reason, start);
  }

  /** This view with one filter changed ("" removes it). */
  String hrefWith(String field, String value) {
    Map<String, String> fields = fields();
    fields.put(field, value);
    return PATH + "?" + query(tab, fields.get("story"), fields.get("commenter"), fields.get("text"), fields.get("why"), null);
  }

  /** The filters by name, in the order the form lists them. */
  Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("story", story);
    fields.put("commenter", commenter);
    fields.put("text", text);
    fields.put("why", reason);
    return fields;
  }

  private static String query(QueueTab tab, String story, String commenter, String text, String reason, Long from) {
    StringBuilder query = new StringBuilder("tab=").append(tab.code());
    append(query, "story", story);
    append(query, "commenter", commenter);
    append(query, "text", text);
    append(query, "why", reason);
    return from == null ? query.toString() : query.append("&from=").append(from).toString();
  }

  private static void append(StringBuilder query, String name, String value) {
    if (!value.isEmpty()) {
      query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }
}
