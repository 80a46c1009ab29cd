package news.broadsheet.web.page;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph of reader text as HTML: everything escaped, line breaks kept, and plain http(s)
 * addresses made into links that pass no ranking ({@code rel="nofollow ugc"}), or for the staff
 * marked as addresses without being links.
 */
public final class Linkifier {

  private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"'\\u00A0]+");
  private static final String TRAILING = ".,;:!?*'\"";
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  private Linkifier() {}

  public static SafeHtml paragraph(CharSequence text) {
    return paragraph(text, true);
  }

  /**
   * A paragraph as {@link #paragraph}, with its addresses marked but not links, for the staff who
   * judge a comment without following what it points to.
   */
  public static SafeHtml paragraphWithInertLinks(CharSequence text) {
    return paragraph(text, false);
  }

  private static SafeHtml paragraph(CharSequence text, boolean follow) {
    StringOutput out = new StringOutput(text.length() + 32);
    if (!text.toString().contains("://")) {
      plain(text.toString(), out);
      return SafeHtml.trusted(out.toString());
    }
    Matcher url = URL.matcher(text);
    int done = 0;
    while (url.find()) {
      int end = trimmedEnd(text, url.start(), url.end());
      if (end <= url.start() + "http://".length()) {
        continue;
      }
      plain(text.subSequence(done, url.start()).toString(), out);
      String address = text.subSequence(url.start(), end).toString();
      if (follow) {
        out.writeContent("<a href=\"");
        Escape.htmlAttribute(address, out);
        out.writeContent("\" rel=\"nofollow ugc\">");
      } else {
        out.writeContent("<span class=\"inert-link\">");
      }
      Escape.htmlContent(address, out);
      out.writeContent(follow ? "</a>" : "</span>");
      done = end;
    }
    plain(text.subSequence(done, text.length()).toString(), out);
    return SafeHtml.trusted(out.toString());
  }

  /**
   * Where the address ends: without trailing punctuation, or a closing bracket it did not open.
   * The brackets are counted once and the counts follow the end as it moves back, so the time
   * grows with the address's length (an address followed by thousands of ")" included).
   */
  private static int trimmedEnd(CharSequence text, int start, int end) {
    int unclosedRound = 0;
    int unclosedSquare = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      unclosedRound += c == '(' ? 1 : c == ')' ? -1 : 0;
      unclosedSquare += c == '[' ? 1 : c == ']' ? -1 : 0;
    }
    while (end > start) {
      char last = text.charAt(end - 1);
      boolean unopened = (last == ')' && unclosedRound < 0) || (last == ']' && unclosedSquare < 0);
      if (TRAILING.indexOf(last) < 0 && !unopened) {
        return end;
      }
      unclosedRound += last == ')' ? 1 : last == '(' ? -1 : 0;
      unclosedSquare += last == ']' ? 1 : last == '[' ? -1 : 0;
      end--;
    }
    return end;
  }

  private static void plain(String text, StringOutput out) {
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      Escape.htmlContent(text, out);
      return;
    }
    String[] lines = LINE_BREAK.split(text, -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.writeContent("<br>\n");
      }
      Escape.htmlContent(lines[i], out);
    }
  }
}
