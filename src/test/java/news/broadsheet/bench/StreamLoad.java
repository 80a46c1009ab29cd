package news.broadsheet.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.testing.HeldStreams;

/**
 * The breaking-news reader load for bench/streams.sh: opens {@code --streams N} live comment
 * streams on one story from {@code --threads T} threads, then, while they are held, posts {@code
 * --comments M} comments through the JSON API, one every {@code --every-ms}, and measures how long
 * each took to reach every stream (from the moment its post was sent), after {@code --warm-up W}
 * comments that are not measured (the first comments after a start are slower). It does so twice:
 * first with nothing else asked of the server, then again ({@code --busy-comments}, as many by
 * default) after printing "loading pages", while the benchmark loads pages. It prints "held" once the comments are measured and keeps the
 * streams until the server ends them, then prints how many it ended.
 *
 * <pre>java -cp target/test-classes:target/broadsheet.jar news.broadsheet.bench.StreamLoad \
 *     --port 8080 --story 1 [--streams 10000] [--comments 10] [--every-ms 1000] [--threads 2]</pre>
 */
public final class StreamLoad {

  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

  private static final Map<Long, Long> answeredAfter = new ConcurrentHashMap<>();

  private StreamLoad() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(CorpusGenerator.option(args, "--port", null));
    long story = Long.parseLong(CorpusGenerator.option(args, "--story", null));
    int count = Integer.parseInt(CorpusGenerator.option(args, "--streams", "10000"));
    int comments = Integer.parseInt(CorpusGenerator.option(args, "--comments", "10"));
    int busyComments = Integer.parseInt(CorpusGenerator.option(args, "--busy-comments", String.valueOf(comments)));
    int threads = Integer.parseInt(CorpusGenerator.option(args, "--threads", "2"));
    long everyMillis = Long.parseLong(CorpusGenerator.option(args, "--every-ms", "1000"));
    int warmUp = Integer.parseInt(CorpusGenerator.option(args, "--warm-up", "10"));
    Map<Long, Queue<Long>> arrivals = new ConcurrentHashMap<>();
    HeldStreams.Receiver receiver =
        (id, at) -> arrivals.computeIfAbsent(id, key -> new ConcurrentLinkedQueue<>()).add(at);
    long started = System.nanoTime();
    try (HeldStreams streams =
        HeldStreams.open("127.0.0.1", port, "/api/v1/articles/" + story + "/comments/stream", count, receiver, threads)) {
      boolean all = streams.awaitAnswered(count, Duration.ofMinutes(3));
      System.out.printf(
          "opened %d of %d streams in %.1f s (%d refused)%s%n",
          streams.open(), count, seconds(started), streams.refused(), all ? "" : ", gave up waiting");
      post(port, story, warmUp, everyMillis, "Warm-up"); // the first comments after a start are slower
      Map<Long, Long> quiet = post(port, story, comments, everyMillis, "Live");
      awaitDeliveries(quiet, arrivals, streams.open(), Duration.ofSeconds(30));
      report("with no other load", quiet, arrivals, streams.open());
      System.out.println("loading pages");
      System.out.flush();
      Thread.sleep(1_000); // the page load starts
      Map<Long, Long> loaded = post(port, story, busyComments, everyMillis, "Busy");
      awaitDeliveries(loaded, arrivals, streams.open(), Duration.ofSeconds(30));
      report("while pages are loaded", loaded, arrivals, streams.open());
      System.out.println("held");
      System.out.flush();
      while (streams.ended() == 0) {
        Thread.sleep(5);
      }
      long stopping = System.nanoTime();
      streams.awaitAllEnded(Duration.ofMinutes(2));
      System.out.printf(
          "the server ended %d streams within %.2f s of ending the first%n", streams.ended(), seconds(stopping));
    }
  }

  /** Posts the comments and returns when each was sent, by comment id. */
  private static Map<Long, Long> post(int port, long story, int comments, long everyMillis, String who)
      throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    Map<Long, Long> sentAt = new ConcurrentHashMap<>();
    for (int i = 0; i < comments; i++) {
      long at = System.nanoTime();
      String body = "{\"name\":\"" + who + " reader " + i + "\",\"text\":\"Breaking news comment " + i + " at " + at + ".\"}";
      HttpResponse<String> answer =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/articles/" + story + "/comments"))
                  .header("Content-Type", "application/json")
                  .header("X-Forwarded-For", "10.9." + (i / 250) + "." + (i % 250 + 1))
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher id = ID.matcher(answer.body());
      if (answer.statusCode() != 201 || !id.find() || !answer.body().contains("\"published\"")) {
        throw new IllegalStateException("posting answered " + answer.statusCode() + ": " + answer.body());
      }
      sentAt.put(Long.parseLong(id.group(1)), at);
      answeredAfter.put(Long.parseLong(id.group(1)), (System.nanoTime() - at) / 1_000_000);
      Thread.sleep(Math.max(0, everyMillis - (System.nanoTime() - at) / 1_000_000));
    }
    return sentAt;
  }

  /** Waits until every comment reached every stream, or the timeout passes. */
  private static void awaitDeliveries(Map<Long, Long> sentAt, Map<Long, Queue<Long>> arrivals, int open, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline
        && sentAt.keySet().stream().anyMatch(id -> arrivals.getOrDefault(id, new ConcurrentLinkedQueue<>()).size() < open)) {
      Thread.sleep(50);
    }
  }

  private static void report(String when, Map<Long, Long> sentAt, Map<Long, Queue<Long>> arrivals, int open) {
    List<Long> delays = new ArrayList<>();
    long missing = 0;
    for (Map.Entry<Long, Long> sent : new java.util.TreeMap<>(sentAt).entrySet()) {
      Queue<Long> got = arrivals.getOrDefault(sent.getKey(), new ConcurrentLinkedQueue<>());
      List<Long> mine = new ArrayList<>();
      got.forEach(at -> mine.add(at - sent.getValue()));
      mine.sort(null);
      System.out.printf(
          "comment %d: posted in %d ms; %d streams, first %.0f ms, p50 %.0f ms, last %.0f ms%n",
          sent.getKey(), answeredAfter.get(sent.getKey()), mine.size(), percentile(mine, 0), percentile(mine, 50), percentile(mine, 100));
      delays.addAll(mine);
      missing += Math.max(0, open - got.size());
    }
    delays.sort(null);
    System.out.printf(
        "delivered %s: %d comments to %d streams, %d deliveries, %d missing; delay p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
        when,
        sentAt.size(), open, delays.size(), missing, percentile(delays, 50), percentile(delays, 99), percentile(delays, 100));
  }

  private static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
