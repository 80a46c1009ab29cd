package news.broadsheet.web.page;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * Markup that templates write as it is. Only this package makes it, from pieces it has escaped
 * itself ({@link Linkifier}, {@link JsonLd}), and from the desk's rendered story bodies; reader
 * text never becomes one unescaped.
 */
public final class SafeHtml implements Content {

  private final String html;

  private SafeHtml(String html) {
    this.html = html;
  }

  /**
   * The HTML of a story body as the desk's renderer ({@code desk.StoryBody}) wrote it: every raw
   * HTML tag in the source escaped, links kept to web and mail addresses. Nothing else.
   */
  public static SafeHtml ofRenderedBody(String html) {
    return new SafeHtml(html);
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
