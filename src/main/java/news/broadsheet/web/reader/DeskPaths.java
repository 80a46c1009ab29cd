package news.broadsheet.web.reader;

/** The addresses of the pages of sections, tags and authors, and of their feeds. */
public final class DeskPaths {

  private DeskPaths() {}

  public static String section(String slug) {
    return "/sections/" + segment(slug);
  }

  public static String tag(String slug) {
    return "/tags/" + segment(slug);
  }

  public static String author(String slug) {
    return "/authors/" + segment(slug);
  }

  /** A slug as one path segment: letters beyond ASCII percent-encoded. */
  private static String segment(String slug) {
    return java.net.URLEncoder.encode(slug, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The Atom feed of a section, tag or author page: {@code /feeds/sections/business.atom}. */
  public static String feed(String pagePath) {
    return "/feeds" + pagePath + ".atom";
  }
}
