package news.broadsheet.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.StandardSocketOptions;
import news.broadsheet.web.api.CommentStreamHandler.StreamRequest;
import news.broadsheet.web.page.ClientAddresses;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Serves live comment streams at the Jetty level, in front of the servlet and the router, so that
 * an open stream holds no thread: {@link LiveStreams} writes to it without blocking. Anything it
 * does not take passes on to the route ({@link CommentStreamHandler}), which answers refusals as
 * the rest of the API does. A stream beyond the client's or the server's share ({@link
 * StreamLimits}) is refused here, before it starts.
 */
public final class LiveStreamEntrance extends Handler.Wrapper {

  private static final String PREFIX = "/api/v1/articles/";
  private static final String SUFFIX = "/comments/stream";
  private static final int SEND_BUFFER_BYTES = 32 * 1024;
  private static final String FORWARDED_FOR = "X-Forwarded-For";

  private final CommentStreamHandler checks;
  private final LiveStreams streams;
  private final StreamLimits limits;
  private final ClientAddresses clients;
  private final ObjectMapper json = ApiJson.mapper();

  LiveStreamEntrance(CommentStreamHandler checks, LiveStreams streams, StreamLimits limits, ClientAddresses clients) {
    this.checks = checks;
    this.streams = streams;
    this.limits = limits;
    this.clients = clients;
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
    String client = clients.of(Request.getRemoteAddr(request), request.getHeaders().getValuesList(FORWARDED_FOR));
    Runnable free;
    try {
      free = limits.admit(client);
    } catch (ApiProblem refused) {
      refused.answer(response, callback, json);
      return true;
    }
    response.setStatus(200);
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, CommentStreamHandler.CONTENT_TYPE);
    CommentStreamHandler.HEADERS.forEach(headers::put);
    // The connection is the stream's alone: closing it ends the body, so no chunk framing is written.
    headers.put(HttpHeader.CONNECTION, "close");
    boundSendBuffer(request);
    streams.open(stream.article(), stream.lastEventId(), client, path, response, plainBody(request), callback, free);
    return true;
  }

  /**
   * Keeps the kernel's buffer for the stream's connection small: events are small, a reader that
   * falls further behind than this is slow, and ten thousand streams must not each grow it to
   * megabytes. (The connection serves this stream alone.)
   */
  private static void boundSendBuffer(Request request) {
    if (request.getConnectionMetaData().getConnection().getEndPoint() instanceof SocketChannelEndPoint socket) {
      try {
        socket.getChannel().setOption(StandardSocketOptions.SO_SNDBUF, SEND_BUFFER_BYTES);
      } catch (IOException ignored) {
        // the kernel keeps its own size; the stream works all the same
      }
    }
  }

  /**
   * The connection, when the response's body is its bytes up to its close: HTTP/1 with {@code
   * Connection: close} and no length, so no chunk framing (HTTP/2 frames its data: null).
   */
  private static EndPoint plainBody(Request request) {
    HttpVersion version = request.getConnectionMetaData().getHttpVersion();
    return version == HttpVersion.HTTP_1_1 || version == HttpVersion.HTTP_1_0
        ? request.getConnectionMetaData().getConnection().getEndPoint()
        : null;
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
