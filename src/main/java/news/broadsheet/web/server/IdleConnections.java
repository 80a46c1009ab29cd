package news.broadsheet.web.server;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.Graceful;

/**
 * Lets a stopping server close, at once, the connections that have no request in flight.
 *
 * <p>A graceful stop waits for every connection to close. Jetty closes a connection after the
 * response it is writing, but a keep-alive connection that sits between two requests would only
 * go at the stop's idle timeout ({@link Operations#STOP_IDLE_TIMEOUT_MILLIS}), so even an idle
 * server took that long to stop. This handler counts the requests in flight on each connection;
 * when the server stops it first stops the connectors (no new connection, and every response
 * from now on closes its connection), then closes every connection with nothing in flight. A
 * request in flight still finishes, and its client may still be slow to send its body.
 */
final class IdleConnections extends Handler.Wrapper implements Graceful {

  private final Map<Connection, Integer> inFlight = new ConcurrentHashMap<>();
  private volatile boolean shutdown;

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Connection connection = request.getConnectionMetaData().getConnection();
    inFlight.merge(connection, 1, Integer::sum);
    boolean handled = false;
    try {
      handled = super.handle(request, response, Callback.from(callback, () -> finished(connection)));
      return handled;
    } finally {
      if (!handled) {
        finished(connection);
      }
    }
  }

  private void finished(Connection connection) {
    inFlight.computeIfPresent(connection, (c, count) -> count == 1 ? null : count - 1);
  }

  @Override
  public CompletableFuture<Void> shutdown() {
    shutdown = true;
    for (Connector connector : getServer().getConnectors()) {
      connector.shutdown(); // the same shutdown the server asks of it; asking twice changes nothing
      for (EndPoint endPoint : connector.getConnectedEndPoints()) {
        if (!inFlight.containsKey(endPoint.getConnection())) {
          endPoint.close();
        }
      }
    }
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public boolean isShutdown() {
    return shutdown;
  }
}
