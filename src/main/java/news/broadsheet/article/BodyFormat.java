package news.broadsheet.article;

import java.util.Locale;

/**
 * How a story's body is written. Archived stories are plain text: each paragraph is text as it
 * stands, and a {@code *} or {@code 1.} in it is a character. Stories written on the desk are
 * CommonMark: subheadings, emphasis, links, quotes, lists and figures (raw HTML is never kept).
 */
public enum BodyFormat {
  PLAIN,
  COMMONMARK;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static BodyFormat fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
