package news.broadsheet.web.api;

import io.javalin.http.sse.SseClient;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One open live stream. It joins its story's channel first and replays what it missed second;
 * events the channel sends meanwhile wait until the replay is done, and no comment is ever sent
 * twice.
 */
final class StreamSubscriber {

  private static final int REMEMBERED = 4_096;

  private final SseClient client;
  private final Runnable onLeave;
  private final Set<Long> sent = new LinkedHashSet<>();
  private final List<Event> held = new ArrayList<>();
  private boolean replaying = true;

  /** @param onLeave run once the stream has left its channel (frees its place in the limits) */
  StreamSubscriber(SseClient client, Runnable onLeave) {
    this.client = client;
    this.onLeave = onLeave;
  }

  void left() {
    onLeave.run();
  }

  /** Tells the reader it missed more than a replay sends: the page is to be loaded again. */
  synchronized void tooFarBehind(String data) {
    if (!client.terminated()) {
      client.sendEvent("behind", data);
    }
  }

  /** A comment from the channel: sent now, or held while the replay runs. */
  synchronized void offer(long id, String data) {
    if (replaying) {
      held.add(new Event(id, data));
    } else {
      send(id, data);
    }
  }

  /** A comment from the replay of what the reader missed. */
  synchronized void replay(long id, String data) {
    send(id, data);
  }

  /** The replay is done: sends what was held, except what the replay sent already. */
  synchronized void goLive() {
    replaying = false;
    held.forEach(event -> send(event.id(), event.data()));
    held.clear();
  }

  /** A comment line that keeps proxies from closing the connection and finds closed ones. */
  synchronized void heartbeat() {
    if (!client.terminated()) {
      client.sendComment("heartbeat");
    }
  }

  boolean isOpen() {
    return !client.terminated();
  }

  void close() {
    client.close();
  }

  private void send(long id, String data) {
    if (client.terminated() || !sent.add(id)) {
      return;
    }
    if (sent.size() > REMEMBERED) {
      Iterator<Long> oldest = sent.iterator();
      oldest.next();
      oldest.remove();
    }
    client.sendEvent("comment", data, Long.toString(id));
  }

  private record Event(long id, String data) {}
}
