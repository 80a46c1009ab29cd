package news.broadsheet.web.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import news.broadsheet.App;
import news.broadsheet.config.AppConfig;
import news.broadsheet.storage.DatabaseLocation;

/**
 * Runs a site's hot paths for a while before a node takes traffic, so that the JIT compiler has
 * compiled them by the time readers arrive: a node restarted at a peak otherwise serves at a third
 * of its speed for the better part of a minute. It serves the demo story from a throwaway SQLite
 * database in a temporary folder, on a loopback port of its own, and loads it as readers do:
 * story pages (plain, gzip- and brotli-compressed), the API's comments, comments posted through the API
 * (screened and stored like any other), the front page. Nothing of the real site is read or
 * written. Compiled code is shared by every instance of a class, so the real server that starts
 * next runs compiled code from its first request.
 */
public final class WarmUp {

  private static final int CLIENTS = 4;

  private WarmUp() {}

  /** Loads a throwaway site for {@code length}; returns the requests it answered. */
  public static long run(Duration length) {
    Path folder = temporaryFolder();
    try (App app = new App(new AppConfig(DatabaseLocation.embedded(folder), ZoneOffset.UTC, Map.of()), Clock.systemUTC())) {
      app.demo().offerIfEmpty();
      WebSettings settings = new WebSettings("127.0.0.1", 0, 0).withTrustedProxies(List.of("127.0.0.1"));
      try (WebServer server = WebServer.start(app, settings, false)) {
        return load(URI.create("http://127.0.0.1:" + server.port()), System.nanoTime() + length.toNanos());
      }
    } catch (Exception failed) {
      throw new IllegalStateException("the warm-up failed: " + failed.getMessage(), failed);
    } finally {
      delete(folder);
    }
  }

  private static long load(URI site, long until) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    List<Reader> readers = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      readers.add(new Reader(client, site, until));
    }
    List<Thread> threads = readers.stream().map(reader -> new Thread(reader, "warm-up")).toList();
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    for (Reader reader : readers) {
      if (reader.failure != null) {
        throw reader.failure;
      }
    }
    return readers.stream().mapToLong(reader -> reader.answered).sum();
  }

  /** One client asking for what readers ask for, in turn, until the time is up. */
  private static final class Reader implements Runnable {
    private final HttpClient client;
    private final URI site;
    private final long until;
    private long answered;
    private RuntimeException failure;

    Reader(HttpClient client, URI site, long until) {
      this.client = client;
      this.site = site;
      this.until = until;
    }

    @Override
    public void run() {
      try {
        URI story = client.send(get("/news/1").build(), HttpResponse.BodyHandlers.discarding()).uri();
        do {
          round(story); // at least once, however slow the start: each path is then run once
        } while (System.nanoTime() < until);
      } catch (IOException | RuntimeException failed) {
        failure = new UncheckedIOException(new IOException("warming " + site + " failed", failed));
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      }
    }

    private void round(URI story) throws IOException, InterruptedException {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      String reader = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
      String comment = "{\"name\":\"Warm-up reader " + reader + "\",\"text\":\"Warm-up comment " + random.nextLong() + ".\"}";
      send(
          get("/api/v1/articles/1/comments")
              .POST(HttpRequest.BodyPublishers.ofString(comment))
              .header("Content-Type", "application/json")
              .header("X-Forwarded-For", reader));
      send(HttpRequest.newBuilder(story));
      send(HttpRequest.newBuilder(story).header("Accept-Encoding", "gzip"));
      send(HttpRequest.newBuilder(story).header("Accept-Encoding", "gzip, deflate, br"));
      send(HttpRequest.newBuilder(URI.create(story + "?sort=newest")));
      send(get("/api/v1/articles/1/comments?limit=50"));
      send(get("/"));
    }

    private HttpRequest.Builder get(String path) {
      return HttpRequest.newBuilder(site.resolve(path));
    }

    private void send(HttpRequest.Builder request) throws IOException, InterruptedException {
      HttpResponse<Void> response = client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() >= 400) {
        throw new IOException(response.request().method() + " " + response.uri() + " answered " + response.statusCode());
      }
      answered++;
    }
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("broadsheet-warm-up");
    } catch (IOException cannot) {
      throw new UncheckedIOException("cannot make a folder for the warm-up's database", cannot);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException leftBehind) {
      // a temporary folder; the system clears it in time
    }
  }
}
