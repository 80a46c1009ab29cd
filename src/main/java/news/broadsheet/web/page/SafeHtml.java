package news.broadsheet.web.page;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.nio.charset.StandardCharsets;

/**
 * Markup that templates write as it is. Only this package makes it, from pieces it has escaped
 * itself ({@link Linkifier}, {@link JsonLd}), and from the desk's rendered story bodies; reader
 * text never becomes one unescaped.
 */
public final class SafeHtml implements Content {

  private final String html;
  private final byte[] utf8;

  private SafeHtml(String html, byte[] utf8) {
    this.html = html;
    this.utf8 = utf8;
  }

  /**
   * The HTML of a story body as the desk's renderer ({@code desk.StoryBody}) wrote it: every raw
   * HTML tag in the source escaped, links kept to web and mail addresses. Nothing else.
   */
  public static SafeHtml ofRenderedBody(String html) {
    return new SafeHtml(html, null);
  }

  static SafeHtml trusted(String html) {
    return new SafeHtml(html, null);
  }

  /** Markup already encoded as UTF-8, which a byte output copies as it is. */
  static SafeHtml trustedUtf8(byte[] utf8) {
    return new SafeHtml(null, utf8);
  }

  @Override
  public void writeTo(TemplateOutput output) {
    if (utf8 != null) {
      output.writeBinaryContent(utf8);
    } else {
      output.writeContent(html);
    }
  }

  @Override
  public String toString() {
    return utf8 != null ? new String(utf8, StandardCharsets.UTF_8) : html;
  }
}
