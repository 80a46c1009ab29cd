package news.broadsheet.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what tests look for in the site's HTML: comments in page order, attributes, structured data. */
public final class Pages {

  private static final Pattern NAME = Pattern.compile("<bdi class=\"comment-name\">(.*?)</bdi>");
  private static final Pattern TIME = Pattern.compile("<a class=\"comment-time\" href=\"[^\"]*\"><time datetime=\"[^\"]*\">(.*?)</time>");
  private static final Pattern ID = Pattern.compile("<li class=\"comment\" id=\"comment-(\\d+)\"");
  private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

  private Pages() {}

  public static List<String> commentNames(String html) {
    return all(NAME, html).stream().map(Pages::unescape).toList();
  }

  public static List<String> commentTimes(String html) {
    return all(TIME, html);
  }

  public static List<Long> commentIds(String html) {
    return all(ID, html).stream().map(Long::parseLong).toList();
  }

  public static String jsonLd(String html) {
    Matcher m = JSON_LD.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no JSON-LD on the page");
    }
    return m.group(1);
  }

  /** The value of the first {@code name="..."} attribute on the element matched by the prefix. */
  public static String attribute(String html, String elementStart, String name) {
    int at = html.indexOf(elementStart);
    if (at < 0) {
      throw new AssertionError("no " + elementStart + " on the page");
    }
    int end = at;
    boolean quoted = false;
    while (end < html.length() && (quoted || html.charAt(end) != '>')) {
      quoted ^= html.charAt(end) == '"';
      end++;
    }
    Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(html.substring(at, end));
    return m.find() ? unescape(m.group(1)) : null;
  }

  public static String unescape(String text) {
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
  }

  private static List<String> all(Pattern pattern, String html) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(html);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
