package news.broadsheet.web.server;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Headers on every answer, whatever route, file or error made it: no type sniffing, the address
 * shown to other sites reduced to the origin, no framing by any site, a content policy that lets
 * nothing run (pages replace it with their own strict one, which lets the site's own files in),
 * and, when readers reach the site over https, HSTS: browsers use nothing else for a year.
 */
final class SecurityHeaders extends Handler.Wrapper {

  static final String DEFAULT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  static final String HSTS = "max-age=31536000";

  private final boolean https;

  SecurityHeaders(boolean https) {
    this.https = https;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Content-Security-Policy", DEFAULT_POLICY);
    if (https) {
      headers.put("Strict-Transport-Security", HSTS);
    }
    return super.handle(request, response, callback);
  }
}
