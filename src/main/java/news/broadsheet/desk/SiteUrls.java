package news.broadsheet.desk;

import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * The links a story may carry: web pages (http, https), e-mail addresses (mailto) and addresses on
 * this site ({@code /news/12/…}, {@code #notes}). Anything else ({@code javascript:}, {@code data:},
 * {@code file:}) becomes an empty link. Images are the site's own, and never reach here.
 */
final class SiteUrls implements UrlSanitizer {

  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
  private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x20\\x7f]");

  @Override
  public String sanitizeLinkUrl(String url) {
    String compact = INVISIBLE.matcher(url).replaceAll("");
    var scheme = SCHEME.matcher(compact);
    if (!scheme.find()) {
      return url;
    }
    return switch (scheme.group(1).toLowerCase(Locale.ROOT)) {
      case "http", "https", "mailto" -> url;
      default -> "";
    };
  }

  @Override
  public String sanitizeImageUrl(String url) {
    return "";
  }
}
