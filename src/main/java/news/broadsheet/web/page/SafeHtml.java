package news.broadsheet.web.page;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * Markup that templates write as it is. Only this package makes it, and only from pieces it has
 * escaped itself ({@link Linkifier}, {@link JsonLd}); reader text never becomes one unescaped.
 */
public final class SafeHtml implements Content {

  private final String html;

  private SafeHtml(String html) {
    this.html = html;
  }

  static SafeHtml trusted(String html) {
    return new SafeHtml(html);
  }

  @Override
  public void writeTo(TemplateOutput output) {
    output.writeContent(html);
  }

  @Override
  public String toString() {
    return html;
  }
}
