package news.broadsheet.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import news.broadsheet.article.BodyFormat;
import news.broadsheet.article.Story;
import news.broadsheet.media.Media;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The HTML of a desk-written story's body, from its CommonMark source. Raw HTML never passes (it
 * is shown as text); links keep http, https, mailto and addresses on this site; headings start at
 * level 2 (the headline is the page's level 1); an image of the site's own (
 * {@code ![alt](media:KEY "caption")}) alone in its paragraph is a figure with its widths, caption
 * and credit, and any other image is its alt text. A dateline opens the first paragraph.
 */
public final class StoryBody {

  static final String MEDIA_PREFIX = "media:";

  private static final Parser PARSER = Parser.builder().build();
  private final HtmlRenderer renderer =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          .urlSanitizer(new SiteUrls())
          .softbreak("\n")
          .nodeRendererFactory(FigureRenderer::new)
          .nodeRendererFactory(DatelineRenderer::new)
          .attributeProviderFactory(context -> (node, tag, attributes) -> editorialLinks(node, attributes))
          .build();

  private final Function<String, Optional<Media>> media;

  /** @param media finds an uploaded image by its key */
  public StoryBody(Function<String, Optional<Media>> media) {
    this.media = media;
  }

  /** The body's HTML: for a CommonMark story only (plain bodies are paragraphs of text, escaped by the page). */
  public String html(Story story) {
    if (story.format() != BodyFormat.COMMONMARK) {
      throw new IllegalArgumentException("a plain-text body has no markup to render");
    }
    Node document = PARSER.parse(story.body());
    shape(document);
    if (story.dateline() != null && !story.dateline().isEmpty()) {
      openWithDateline(document, story.dateline());
    }
    return renderer.render(document);
  }

  /**
   * The newsroom's own links carry no {@code rel="nofollow"} (that is for readers' links), and a
   * link whose address was refused is its text in an {@code a} without one.
   */
  private static void editorialLinks(Node node, java.util.Map<String, String> attributes) {
    if (node instanceof org.commonmark.node.Link) {
      attributes.remove("rel");
      if (attributes.getOrDefault("href", "").isEmpty()) {
        attributes.remove("href");
      }
    }
  }

  /** The first paragraph as plain text, for teasers and descriptions ("" when there is none). */
  public static String leadOf(Story story) {
    if (story.format() != BodyFormat.COMMONMARK) {
      return story.paragraphs().isEmpty() ? "" : story.paragraphs().get(0);
    }
    Node document = PARSER.parse(story.body());
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Paragraph && figureImage(block) == null) {
        return textOf(block).strip();
      }
    }
    return "";
  }

  /** The media keys of the body's figures, in order. */
  public List<String> figureKeys(String body) {
    List<String> keys = new ArrayList<>();
    Node document = PARSER.parse(body);
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      Image image = figureImage(block);
      if (image != null) {
        keys.add(image.getDestination().substring(MEDIA_PREFIX.length()));
      }
    }
    return keys;
  }

  /** Headings from level 2; figures out of lone images of the site's own; other images as their words. */
  private void shape(Node document) {
    List<Node> all = new ArrayList<>();
    collect(document, all);
    for (Node node : all) {
      if (node instanceof Heading heading) {
        heading.setLevel(Math.max(2, heading.getLevel()));
      } else if (figureImage(node) != null) {
        Image image = figureImage(node);
        String key = image.getDestination().substring(MEDIA_PREFIX.length());
        node.insertBefore(new Figure(media.apply(key).orElse(null), textOf(image), image.getTitle()));
        node.unlink();
      }
    }
    all.clear();
    collect(document, all);
    for (Node node : all) {
      if (node instanceof Image image) {
        node.insertBefore(new Text(textOf(image)));
        node.unlink();
      }
    }
  }

  private static void collect(Node node, List<Node> into) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      into.add(child);
      collect(child, into);
    }
  }

  /** The image of a top-level paragraph that holds one image of the site's own and nothing else. */
  private static Image figureImage(Node block) {
    if (block instanceof Paragraph && block.getParent() instanceof Document
        && block.getFirstChild() instanceof Image image && image.getNext() == null
        && image.getDestination().startsWith(MEDIA_PREFIX)) {
      return image;
    }
    return null;
  }

  private static void openWithDateline(Node document, String dateline) {
    Node first = document.getFirstChild();
    if (first instanceof Paragraph) {
      first.prependChild(new Dateline(dateline));
    } else {
      Paragraph alone = new Paragraph();
      alone.appendChild(new Dateline(dateline));
      document.prependChild(alone);
    }
  }

  static String textOf(Node node) {
    StringBuilder text = new StringBuilder();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text plain) {
        text.append(plain.getLiteral());
      } else if (child instanceof Code code) {
        text.append(code.getLiteral());
      } else if (child instanceof org.commonmark.node.SoftLineBreak || child instanceof org.commonmark.node.HardLineBreak) {
        text.append(' ');
      } else {
        text.append(textOf(child));
      }
    }
    return text.toString();
  }

  /** A figure: an uploaded image (null when it is not stored here) with its alt text and caption. */
  static final class Figure extends CustomBlock {
    final Media media;
    final String alt;
    final String caption;

    Figure(Media media, String alt, String caption) {
      this.media = media;
      this.alt = alt;
      this.caption = caption == null ? "" : caption;
    }
  }

  /** The dateline that opens the first paragraph. */
  static final class Dateline extends CustomNode {
    final String place;

    Dateline(String place) {
      this.place = place;
    }
  }

  private static final class DatelineRenderer implements NodeRenderer {
    private final HtmlWriter html;

    DatelineRenderer(HtmlNodeRendererContext context) {
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Dateline.class);
    }

    @Override
    public void render(Node node) {
      html.tag("span", java.util.Map.of("class", "dateline"));
      html.text(((Dateline) node).place + ":");
      html.tag("/span");
      html.text(" ");
    }
  }
}
