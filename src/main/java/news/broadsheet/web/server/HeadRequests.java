package news.broadsheet.web.server;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers a HEAD request as its GET would be answered, with the same status and headers (type and
 * length included) and no body, as HTTP asks: link checkers, feed readers and caches ask HEAD to
 * learn whether a page is there and what it is, and the routes know only GET. The handlers below
 * see a GET; the connection still knows it is a HEAD and sends no body.
 */
final class HeadRequests extends Handler.Wrapper {

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!HttpMethod.HEAD.is(request.getMethod())) {
      return super.handle(request, response, callback);
    }
    Request asGet =
        new Request.Wrapper(request) {
          @Override
          public String getMethod() {
            return HttpMethod.GET.asString();
          }
        };
    return super.handle(asGet, response, callback);
  }
}
