package news.broadsheet.desk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import news.broadsheet.media.Media;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes a body's figure: the image at every stored width ({@code srcset}), its alt text, and a
 * caption with the credit. A figure whose image is not stored here is its alt text in a paragraph.
 */
final class FigureRenderer implements NodeRenderer {

  /** How wide figures are shown: the story column, or the whole screen when narrower. */
  static final String SIZES = "(min-width: 46rem) 42rem, 100vw";

  private final HtmlWriter html;

  FigureRenderer(HtmlNodeRendererContext context) {
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(StoryBody.Figure.class);
  }

  @Override
  public void render(Node node) {
    StoryBody.Figure figure = (StoryBody.Figure) node;
    Media media = figure.media;
    String alt = figure.alt.isBlank() && media != null ? media.alt() : figure.alt;
    html.line();
    if (media == null) {
      html.tag("p", Map.of("class", "figure-missing"));
      html.text(alt);
      html.tag("/p");
      html.line();
      return;
    }
    html.tag("figure", Map.of("class", "figure"));
    html.tag("img", image(media, alt), true);
    String caption = figure.caption.isBlank() ? media.caption() : figure.caption;
    if (!caption.isBlank() || !media.credit().isBlank()) {
      html.tag("figcaption");
      html.text(caption);
      if (!media.credit().isBlank()) {
        html.text(caption.isBlank() ? "" : " ");
        html.tag("span", Map.of("class", "credit"));
        html.text(media.credit());
        html.tag("/span");
      }
      html.tag("/figcaption");
    }
    html.tag("/figure");
    html.line();
  }

  /** The attributes of a figure's {@code img}: every width, the size shown, the proportions. */
  static Map<String, String> image(Media media, String alt) {
    int shown = media.widths().stream().filter(w -> w >= 640).findFirst().orElse(media.width());
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("src", media.path(shown));
    attributes.put("srcset", media.srcset());
    attributes.put("sizes", SIZES);
    attributes.put("width", String.valueOf(shown));
    attributes.put("height", String.valueOf(media.heightAt(shown)));
    attributes.put("alt", alt);
    attributes.put("loading", "lazy");
    attributes.put("decoding", "async");
    return attributes;
  }
}
