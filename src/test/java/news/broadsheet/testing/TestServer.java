package news.broadsheet.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import news.broadsheet.App;
import news.broadsheet.archive.ArchiveInput;
import news.broadsheet.archive.ImportProgress;
import news.broadsheet.storage.DatabaseLocation;
import news.broadsheet.web.page.ReaderKeys;
import news.broadsheet.web.server.MetricsAccess;
import news.broadsheet.web.server.WebServer;
import news.broadsheet.web.server.WebSettings;

/**
 * The whole site running on a free loopback port over a fresh database, for HTTP and browser
 * tests, with a plain {@link HttpClient} that does not follow redirects.
 */
public final class TestServer implements AutoCloseable {

  private final App app;
  private final WebServer server;
  private final Map<String, String> readerKeys = new ConcurrentHashMap<>();
  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer(App app, WebServer server) {
    this.app = app;
    this.server = server;
  }

  public static TestServer start(DatabaseLocation location, WebSettings settings) {
    App app = TestApps.on(location);
    return new TestServer(app, WebServer.start(app, settings));
  }

  /** Serves an application built by the test, for settings {@link TestApps} does not cover. */
  public static TestServer on(App app, WebSettings settings) {
    return new TestServer(app, WebServer.start(app, settings));
  }

  /** The token tests read /metrics with ({@link #metrics()}), on the servers {@link #start(DatabaseKind, Path)} starts. */
  public static final MetricsAccess METRICS = new MetricsAccess("metrics-token-of-the-tests", 0);

  /** A server on a fresh database whose /metrics answers {@link #METRICS}' token. */
  public static TestServer start(DatabaseKind kind, Path temp) {
    return start(TestDatabases.fresh(kind, temp), WebSettings.loopbackAnyPort().withMetrics(METRICS));
  }

  /** A reader key the site issued, the same for the same reader name. */
  public String readerKey(String reader) {
    return readerKeys.computeIfAbsent(reader, name -> new ReaderKeys(app.secrets().secret(ReaderKeys.SECRET)).issue());
  }

  /** The measurements at /metrics, read with {@link #METRICS}' token. */
  public String metrics() throws IOException, InterruptedException {
    HttpResponse<String> scraped =
        send(HttpRequest.newBuilder(URI.create(url("/metrics"))).header("Authorization", "Bearer " + METRICS.token()));
    if (scraped.statusCode() != 200) {
      throw new AssertionError("/metrics answered " + scraped.statusCode() + ": start the server with TestServer.METRICS");
    }
    return scraped.body();
  }

  /** Imports archive files into the running site's database and indexes them for search at once. */
  public TestServer withStories(Path... files) throws Exception {
    app.importer().importAll(java.util.Arrays.stream(files).map(ArchiveInput::file).toList(), ImportProgress.SILENT);
    app.searchIndexer().indexAll(done -> {});
    return this;
  }

  public App app() {
    return app;
  }

  public WebServer server() {
    return server;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  public HttpClient client() {
    return client;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpRequest built = request.build();
    try {
      return client.send(built, HttpResponse.BodyHandlers.ofString());
    } catch (IOException staleConnection) {
      // The JDK client may reuse a pooled connection the server has just closed (after a 413,
      // say); the request then never reached the server, and sending it once more is safe. Its
      // pool may hold more such connections, so the second try goes on a new one.
      if (!String.valueOf(staleConnection.getMessage()).contains("received no bytes")) {
        throw staleConnection;
      }
      HttpClient fresh =
          HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
      return fresh.send(built, HttpResponse.BodyHandlers.ofString());
    }
  }

  /** Sends a JSON body with the given method. */
  public HttpResponse<String> sendJson(String method, String path, String json) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json)));
  }

  public List<String> header(HttpResponse<?> response, String name) {
    return response.headers().allValues(name);
  }

  @Override
  public void close() {
    server.close();
    app.close();
  }
}
