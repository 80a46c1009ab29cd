package news.broadsheet.web.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Reads what is left of a request's body before its answer starts, so that a client still sending
 * it hears the answer.
 *
 * <p>A route may answer without reading the body: 413 for a body over the limit (decided from its
 * declared length), 403 for a form from another site, 429 for one post too many. Jetty then cannot
 * keep the connection: it sends the answer with {@code Connection: close} and closes the socket,
 * while the client may still be sending. The client's next write fails (a broken pipe, or a reset
 * from our kernel, which drops the bytes nobody read), and clients that are still writing, Java's
 * HttpClient and browsers among them, report that failure instead of the answer that had arrived
 * (RFC 9112, section 9.6). So before the first byte of an answer, this reads and drops what is
 * left of the body, up to {@link #MAX_DRAINED_BYTES}: the client has sent everything when the
 * answer comes, and the connection stays open. A wait for the rest is bounded by the connection's
 * idle timeout. A body declared larger than that is not worth reading: its answer goes at once,
 * and a client that keeps writing may see its connection reset. A client that asked for {@code
 * Expect: 100-continue} sends no body before the server asks for it, so nothing is read for it.
 */
final class UnreadBodies extends Handler.Wrapper {

  /** The most of a refused body read to let its client hear the answer: 16 times the request limit. */
  static final long MAX_DRAINED_BYTES = 16 * WebServer.MAX_REQUEST_BYTES;

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    boolean drainable = hasBody(request)
        && request.getLength() <= MAX_DRAINED_BYTES
        && !request.getHeaders().contains(HttpHeader.EXPECT, HttpHeaderValue.CONTINUE.asString());
    if (!drainable) {
      return super.handle(request, response, callback);
    }
    Request drained = new DrainedBeforeAnswer(request);
    return super.handle(drained, new DrainingResponse(drained, response), callback);
  }

  private static boolean hasBody(Request request) {
    return request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
  }

  /**
   * A request whose body is read to its end before its answer. The servlet layer asks, as its
   * handling completes, whether the body can be consumed from what has already arrived, and if not
   * marks the connection to close and fails further reads; here the rest is read before the answer
   * instead.
   */
  private static final class DrainedBeforeAnswer extends Request.Wrapper {

    DrainedBeforeAnswer(Request request) {
      super(request);
    }

    @Override
    public boolean consumeAvailable() {
      return true;
    }
  }

  /** A response whose first write waits until the request's body is read to its end. */
  private static final class DrainingResponse extends Response.Wrapper {

    private volatile boolean drained;

    DrainingResponse(Request request, Response wrapped) {
      super(request, wrapped);
    }

    @Override
    public void write(boolean last, ByteBuffer content, Callback callback) {
      if (drained) {
        super.write(last, content, callback);
        return;
      }
      drained = true;
      new Drain(getRequest(), () -> super.write(last, content, callback)).run();
    }
  }

  /** Reads and drops the rest of a body, without blocking, then goes on. */
  private static final class Drain implements Runnable {

    private final Request request;
    private final Runnable then;
    private long dropped;

    Drain(Request request, Runnable then) {
      this.request = request;
      this.then = then;
    }

    @Override
    public void run() {
      while (true) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          request.demand(this);
          return;
        }
        dropped += chunk.remaining();
        chunk.release();
        if (chunk.isLast() || Content.Chunk.isFailure(chunk) || dropped > MAX_DRAINED_BYTES) {
          then.run(); // at the end, failed (the write fails too, as it should), or too much to read
          return;
        }
      }
    }
  }
}
