package news.broadsheet.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.broadsheet.App;
import news.broadsheet.account.Role;
import news.broadsheet.account.User;
import news.broadsheet.config.AppConfig;
import news.broadsheet.desk.CommentsMode;
import news.broadsheet.desk.DeskService;
import news.broadsheet.desk.DeskStory;
import news.broadsheet.desk.StoryDraft;
import news.broadsheet.storage.DatabaseLocation;
import news.broadsheet.web.server.WebServer;
import news.broadsheet.web.server.WebSettings;

/**
 * How fast the desk's story list answers with many stories stored: a fresh SQLite database (or the
 * PostgreSQL of {@code --database}) gets {@code --stories} desk stories in every status from a few
 * writers, then an editor's browser asks for {@code /desk} (and its status tabs and a later page)
 * over HTTP, one request after another, and the latencies' percentiles are printed. The site's
 * {@code /healthz} (one trivial query, no page) is measured in the same run as a reference.
 */
public final class DeskListBenchmark {

  private static final String PASSWORD = "correct horse battery";

  public static void main(String[] args) throws Exception {
    int stories = intArg(args, "--stories", 10_000);
    int requests = intArg(args, "--requests", 2_000);
    String database = stringArg(args, "--database", null);
    Path data = Files.createTempDirectory("desk-bench");
    DatabaseLocation location = new DatabaseLocation(data, database, stringArg(args, "--database-user", null), null);
    try (App app = new App(new AppConfig(location, ZoneId.of("Asia/Karachi"), Map.of()), Clock.systemUTC())) {
      long started = System.nanoTime();
      fill(app, stories);
      System.out.printf(Locale.ROOT, "stored %d desk stories in %.1f s%n", stories, (System.nanoTime() - started) / 1e9);
      WebServer server = WebServer.start(app, WebSettings.loopbackAnyPort());
      try {
        HttpClient browser = logIn(server.port());
        for (String path : List.of("/healthz", "/desk", "/desk?status=published", "/desk?status=in_review", "/desk?page=20")) {
          measure(browser, server.port(), path, requests);
        }
      } finally {
        server.close();
      }
    }
  }

  /** Stories from five writers: 70 % published, 10 % drafts, 10 % in review, 5 % scheduled, 5 % unpublished. */
  private static void fill(App app, int stories) {
    List<User> writers = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      writers.add(app.accounts().addUser("Writer " + i, Role.WRITER, PASSWORD));
    }
    User editor = app.accounts().addUser("Bench Editor", Role.EDITOR, PASSWORD);
    DeskService desk = app.desk().stories();
    for (int i = 0; i < stories; i++) {
      User writer = writers.get(i % writers.size());
      DeskStory story = desk.create(writer, draft(i, writer.name()));
      int kind = i % 20;
      if (kind < 14) {
        desk.publish(editor, story.id(), null);
        if (kind == 13) {
          desk.unpublish(editor, story.id());
        }
      } else if (kind < 16) {
        desk.submit(writer, story.id());
      } else if (kind == 16) {
        desk.publish(editor, story.id(), Instant.now().plusSeconds(86_400L * 30));
      }
    }
  }

  private static StoryDraft draft(int i, String author) {
    return new StoryDraft("Story number " + i + " of the bench", "A one-sentence summary of story " + i + ".",
        List.of(author), "KARACHI", "", List.of("Bench", "Tag " + (i % 50)),
        "The first paragraph of story " + i + " says what happened.\n\n## What next\n\nA second paragraph.", "",
        null, CommentsMode.OPEN, "");
  }

  private static HttpClient logIn(int port) throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String form = "name=" + URLEncoder.encode("Bench Editor", StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&next=%2Fdesk";
    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "same-origin")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 303) {
      throw new IllegalStateException("login failed: " + answer.statusCode());
    }
    return client;
  }

  private static void measure(HttpClient browser, int port, String path, int requests) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
    int warmup = Math.max(100, requests / 5);
    long[] nanos = new long[requests];
    int bytes = 0;
    for (int i = -warmup; i < requests; i++) {
      long start = System.nanoTime();
      HttpResponse<byte[]> response = browser.send(request, HttpResponse.BodyHandlers.ofByteArray());
      long took = System.nanoTime() - start;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode());
      }
      if (i >= 0) {
        nanos[i] = took;
        bytes = response.body().length;
      }
    }
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT, "%-26s %6d requests  p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %6.2f ms  %d bytes%n",
        path, requests, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[requests - 1] / 1e6, bytes);
  }

  private static double ms(long[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }

  private static int intArg(String[] args, String name, int fallback) {
    String value = stringArg(args, name, null);
    return value == null ? fallback : Integer.parseInt(value);
  }

  private static String stringArg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
