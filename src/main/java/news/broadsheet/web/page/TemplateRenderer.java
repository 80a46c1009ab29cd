package news.broadsheet.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import java.util.Map;

/** Renders the templates precompiled at build time (src/main/jte) and sends HTML pages. */
public final class TemplateRenderer {

  /** Scripts, styles and forms only from this site; no framing (recommend buttons are clicks). */
  private static final String POLICY =
      "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** What every page says about itself, besides its type and length. */
  public static final Map<String, String> PAGE_HEADERS =
      Map.of(
          "Cache-Control", "private, no-cache",
          "Content-Security-Policy", POLICY,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "strict-origin-when-cross-origin");

  private static final String RENDERED = "broadsheet-page-rendered";
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
  private final SiteNavigation navigation;

  public TemplateRenderer(SiteNavigation navigation) {
    this.navigation = navigation;
  }

  /** The site's navigation, for the staff pages that change it. */
  public SiteNavigation navigation() {
    return navigation;
  }

  /**
   * Renders the page as the answer. A handler that renders its own page and then sets a 404 (a
   * form naming something that is not there) keeps its page: the site's "not found" page replaces
   * only answers that have none ({@link #rendered}).
   */
  public void render(Context ctx, String template, Object page) {
    send(ctx, toBytes(template, page));
    ctx.attribute(RENDERED, Boolean.TRUE);
  }

  /** Whether a page was rendered as this request's answer. */
  public static boolean rendered(Context ctx) {
    return Boolean.TRUE.equals(ctx.attribute(RENDERED));
  }

  /**
   * The page as UTF-8: the templates' fixed text is kept as bytes (jte's binary static content),
   * so it is copied, never encoded again.
   */
  public byte[] toBytes(String template, Object page) {
    Utf8ByteOutput output = new Utf8ByteOutput();
    renderTo(template, page, output);
    return output.toByteArray();
  }

  /** Renders into an output of the caller's, which the engine wraps to escape what it must. */
  public void renderTo(String template, Object page, TemplateOutput output) {
    engine.render(template, Map.<String, Object>of("page", page), navigation.filling(output));
  }

  /** Sends a page; pages carry the reader's form token, so shared caches must not keep them. */
  public static void send(Context ctx, byte[] html) {
    PAGE_HEADERS.forEach(ctx::header);
    ctx.contentType("text/html; charset=utf-8").result(html);
  }
}
