package news.broadsheet.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/** Renders the templates precompiled at build time (src/main/jte). */
final class TemplateRenderer {

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  void render(Context ctx, String template, Object page) {
    StringOutput output = new StringOutput(8192);
    engine.render(template, Map.<String, Object>of("page", page), output);
    ctx.contentType("text/html; charset=utf-8").result(output.toString());
  }
}
