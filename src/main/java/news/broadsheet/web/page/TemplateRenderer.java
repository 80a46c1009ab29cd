package news.broadsheet.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
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

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  public void render(Context ctx, String template, Object page) {
    send(ctx, toHtml(template, page).getBytes(StandardCharsets.UTF_8));
  }

  public String toHtml(String template, Object page) {
    StringOutput output = new StringOutput(16_384);
    engine.render(template, Map.<String, Object>of("page", page), output);
    return output.toString();
  }

  /** Sends a page; pages carry the reader's form token, so shared caches must not keep them. */
  public static void send(Context ctx, byte[] html) {
    PAGE_HEADERS.forEach(ctx::header);
    ctx.contentType("text/html; charset=utf-8").result(html);
  }
}
