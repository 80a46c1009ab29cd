package news.broadsheet.web.api;

import news.broadsheet.web.api.CommentStreamHandler.StreamRequest;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Serves live comment streams at the Jetty level, in front of the servlet and the router, so that
 * an open stream holds no thread: {@link LiveStreams} writes to it without blocking. Anything it
 * does not take passes on to the route ({@link CommentStreamHandler}), which answers refusals as
 * the rest of the API does.
 */
public final class LiveStreamEntrance extends Handler.Wrapper {

  private static final String PREFIX = "/api/v1/articles/";
  private static final String SUFFIX = "/comments/stream";

  private final CommentStreamHandler checks;
  private final LiveStreams streams;

  LiveStreamEntrance(CommentStreamHandler checks, LiveStreams streams) {
    this.checks = checks;
    this.streams = streams;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = Request.getPathInContext(request);
    String id = storyId(path);
    if (id == null || !HttpMethod.GET.is(Request.unWrap(request).getMethod()) || streams.isClosed()) {
      return super.handle(request, response, callback);
    }
    StreamRequest stream;
    try {
      HttpFields headers = request.getHeaders();
      stream = checks.check(id, accept(headers), headers.get("Last-Event-ID"), lastEventIdQuery(request));
    } catch (ApiProblem refused) {
      return super.handle(request, response, callback);
    }
    response.setStatus(200);
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, CommentStreamHandler.CONTENT_TYPE);
    CommentStreamHandler.HEADERS.forEach(headers::put);
    // The connection is the stream's alone: closing it ends the body, so no chunk framing is written.
    headers.put(HttpHeader.CONNECTION, "close");
    streams.open(stream.article(), stream.lastEventId(), Request.getRemoteAddr(request), path, response, callback);
    return true;
  }

  /** The id in a stream's path, or null when the path is not a stream's. */
  private static String storyId(String path) {
    if (path == null || !path.startsWith(PREFIX) || !path.endsWith(SUFFIX)) {
      return null;
    }
    String id = path.substring(PREFIX.length(), path.length() - SUFFIX.length());
    return !id.isEmpty() && id.indexOf('/') < 0 ? id : null;
  }

  /** Every Accept header, joined: a client may send the types in several. */
  private static String accept(HttpFields headers) {
    StringBuilder all = new StringBuilder();
    for (HttpField field : headers.getFields(HttpHeader.ACCEPT)) {
      all.append(field.getValue()).append(',');
    }
    return all.isEmpty() ? null : all.toString();
  }

  private static String lastEventIdQuery(Request request) {
    if (request.getHttpURI().getQuery() == null) {
      return null;
    }
    Fields query = Request.extractQueryParameters(request);
    return query.getValue("lastEventId");
  }
}
