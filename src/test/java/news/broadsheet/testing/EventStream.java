package news.broadsheet.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Server-Sent Events client for tests: opens the stream with {@code Accept: text/event-stream}
 * (without it the server sends no stream) and parses events on a background thread.
 */
public final class EventStream implements AutoCloseable {

  /** One event as the stream framed it. */
  public record Event(String id, String name, String data) {}

  private final HttpResponse<InputStream> response;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final AtomicInteger comments = new AtomicInteger();
  private final Thread reader;

  private EventStream(HttpResponse<InputStream> response) {
    this.response = response;
    this.reader = new Thread(this::read, "test-event-stream");
    this.reader.setDaemon(true);
    this.reader.start();
  }

  /** Opens the stream; {@code lastEventId} (may be null) goes in the Last-Event-ID header. */
  public static EventStream open(HttpClient client, String url, String lastEventId)
      throws IOException, InterruptedException {
    return open(client, url, lastEventId, null);
  }

  /** As {@link #open(HttpClient, String, String)}, for the client a trusted proxy names (X-Forwarded-For), when not null. */
  public static EventStream open(HttpClient client, String url, String lastEventId, String forwardedFor)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").GET();
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      String body = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
      throw new AssertionError("stream answered " + response.statusCode() + ": " + body);
    }
    return new EventStream(response);
  }

  public HttpResponse<InputStream> response() {
    return response;
  }

  /** The next event, or null when none comes within the timeout. */
  public Event next(Duration timeout) throws InterruptedException {
    return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Every event that arrives until none has come for {@code quiet}. */
  public List<Event> drain(Duration quiet) throws InterruptedException {
    List<Event> all = new ArrayList<>();
    for (Event event = next(quiet); event != null; event = next(quiet)) {
      all.add(event);
    }
    return all;
  }

  /** Comment lines (heartbeats) received so far. */
  public int commentLines() {
    return comments.get();
  }

  private void read() {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      String id = null;
      String name = null;
      StringBuilder data = null;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isEmpty()) {
          if (data != null) {
            events.add(new Event(id, name == null ? "message" : name, data.toString()));
          }
          id = null;
          name = null;
          data = null;
        } else if (line.startsWith(":")) {
          comments.incrementAndGet();
        } else if (line.startsWith("id:")) {
          id = line.substring(3).strip();
        } else if (line.startsWith("event:")) {
          name = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          String value = line.substring(5);
          value = value.startsWith(" ") ? value.substring(1) : value;
          data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
        }
      }
    } catch (IOException closed) {
      // the test or the server closed the stream
    }
  }

  /** Whether the server ends the stream within the timeout. */
  public boolean endsWithin(Duration timeout) throws InterruptedException {
    reader.join(timeout.toMillis());
    return !reader.isAlive();
  }

  @Override
  public void close() {
    try {
      response.body().close();
    } catch (IOException ignored) {
      // already closed
    }
    reader.interrupt();
  }
}
