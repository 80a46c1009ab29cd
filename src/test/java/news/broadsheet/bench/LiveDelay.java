package news.broadsheet.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.testing.EventStream;

/**
 * How long a posted comment takes to reach live readers, for bench/cluster.sh: opens {@code
 * --streams N} live streams on one story, spread over the addresses of {@code --listen} (a node,
 * several nodes, or the load balancer), then posts {@code --comments M} comments to {@code --post}
 * one every {@code --every-ms}, and measures from each post's acknowledgement (201) to the
 * comment's arrival on every stream, after {@code --warm-up W} comments that are not measured.
 * Prints one line: {@code delivered D of E; delay p50 X ms, p99 Y ms, max Z ms}.
 *
 * <pre>java -cp target/test-classes:target/broadsheet.jar news.broadsheet.bench.LiveDelay \
 *     --post http://127.0.0.1:8080 --listen http://127.0.0.1:8081,http://127.0.0.1:8082 --story 1</pre>
 */
public final class LiveDelay {

  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

  private LiveDelay() {}

  public static void main(String[] args) throws Exception {
    String post = CorpusGenerator.option(args, "--post", null);
    String[] listen = CorpusGenerator.option(args, "--listen", post).split(",");
    long story = Long.parseLong(CorpusGenerator.option(args, "--story", null));
    int streams = Integer.parseInt(CorpusGenerator.option(args, "--streams", "20"));
    int comments = Integer.parseInt(CorpusGenerator.option(args, "--comments", "40"));
    long every = Long.parseLong(CorpusGenerator.option(args, "--every-ms", "100"));
    int warmUp = Integer.parseInt(CorpusGenerator.option(args, "--warm-up", "5"));
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Map<Long, Long> acknowledged = new ConcurrentHashMap<>();
    List<Long> delays = java.util.Collections.synchronizedList(new ArrayList<>());
    List<EventStream> open = new ArrayList<>();
    for (int i = 0; i < streams; i++) {
      EventStream stream = EventStream.open(client, listen[i % listen.length] + "/api/v1/articles/" + story + "/comments/stream", null);
      open.add(stream);
      Thread reader = new Thread(() -> read(stream, acknowledged, delays), "live-delay-" + i);
      reader.setDaemon(true);
      reader.start();
    }
    Thread.sleep(500); // every stream is live before the first comment
    for (int i = 0; i < warmUp + comments; i++) {
      long id = post(client, post, story, i);
      acknowledged.put(id, i < warmUp ? -1L : System.nanoTime());
      Thread.sleep(every);
    }
    long expected = (long) streams * comments;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (delays.size() < expected && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    open.forEach(EventStream::close);
    List<Long> sorted = new ArrayList<>(delays);
    sorted.sort(null);
    System.out.printf("delivered %d of %d; delay p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", sorted.size(), expected,
        millis(percentile(sorted, 50)), millis(percentile(sorted, 99)), millis(sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1)));
  }

  private static void read(EventStream stream, Map<Long, Long> acknowledged, List<Long> delays) {
    try {
      for (EventStream.Event event = stream.next(Duration.ofMinutes(5)); event != null; event = stream.next(Duration.ofMinutes(5))) {
        long arrived = System.nanoTime();
        Long sent = acknowledged.get(Long.parseLong(event.id()));
        while (sent == null) { // the event overtook the post's answer
          Thread.onSpinWait();
          sent = acknowledged.get(Long.parseLong(event.id()));
        }
        if (sent >= 0) {
          delays.add(Math.max(0, arrived - sent));
        }
      }
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
  }

  private static long post(HttpClient client, String base, long story, int n) throws Exception {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String reader = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    String body = "{\"name\":\"Live reader " + n + "\",\"text\":\"Live comment " + n + " at " + System.nanoTime() + ".\"}";
    HttpResponse<String> answer = client.send(
        HttpRequest.newBuilder(URI.create(base + "/api/v1/articles/" + story + "/comments"))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", reader)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher id = ID.matcher(answer.body());
    if (answer.statusCode() != 201 || !id.find()) {
      throw new IllegalStateException("post answered " + answer.statusCode() + ": " + answer.body());
    }
    return Long.parseLong(id.group(1));
  }

  private static long percentile(List<Long> sorted, int percent) {
    return sorted.isEmpty() ? 0 : sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
