package news.broadsheet.web.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * {@code /metrics} on a port of its own ({@code --metrics-port}), and nothing else there: a
 * small server of the JDK's, apart from the site's, so that no page, form or API answers on that
 * port. Still asks for the token when one is set.
 */
final class MetricsServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(job -> {
    Thread worker = new Thread(job, "metrics-server");
    worker.setDaemon(true);
    return worker;
  });

  private MetricsServer(HttpServer server) {
    this.server = server;
  }

  static MetricsServer start(String host, MetricsAccess access, Supplier<String> scrape) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(host, access.port()), 16);
      MetricsServer metrics = new MetricsServer(server);
      server.createContext("/", exchange -> metrics.answer(exchange, access, scrape));
      server.setExecutor(metrics.thread);
      server.start();
      return metrics;
    } catch (IOException cannotListen) {
      throw new UncheckedIOException("cannot serve /metrics on port " + access.port() + ": " + cannotListen.getMessage(), cannotListen);
    }
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void answer(HttpExchange exchange, MetricsAccess access, Supplier<String> scrape) throws IOException {
    try (exchange) {
      boolean get = exchange.getRequestMethod().equals("GET") || exchange.getRequestMethod().equals("HEAD");
      if (!get || !exchange.getRequestURI().getPath().equals("/metrics")) {
        send(exchange, 404, "text/plain; charset=utf-8", "Not found: this port serves /metrics alone.");
      } else if (access.token() != null && !access.tokenMatches(exchange.getRequestHeaders().getFirst("Authorization"))) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"metrics\"");
        send(exchange, 401, "text/plain; charset=utf-8", "The metrics need the token: Authorization: Bearer TOKEN.");
      } else {
        send(exchange, 200, Operations.METRICS_TYPE, scrape.get());
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    thread.shutdownNow();
  }
}
