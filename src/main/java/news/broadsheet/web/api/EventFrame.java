package news.broadsheet.web.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One Server-Sent Events frame as it goes on the wire, encoded once into memory outside the heap
 * and shared by every stream that sends it: each stream writes from its own view of the bytes.
 */
final class EventFrame {

  /** A comment line: it keeps proxies from closing a quiet connection, and finds closed ones. */
  static final EventFrame HEARTBEAT = of(": heartbeat\n\n");

  private final ByteBuffer bytes;

  private EventFrame(ByteBuffer bytes) {
    this.bytes = bytes;
  }

  /** A {@code comment} event; the data is one line of JSON. */
  static EventFrame comment(long id, String json) {
    return of("id: " + id + "\nevent: comment\ndata: " + json + "\n\n");
  }

  /** A {@code behind} event: the reader missed more than a stream replays; the data is a sentence. */
  static EventFrame behind(String sentence) {
    return of("event: behind\ndata: " + sentence + "\n\n");
  }

  /** How long a browser waits before it reconnects, once this stream ends. */
  static EventFrame retry(long millis) {
    return of("retry: " + millis + "\n\n");
  }

  private static EventFrame of(String text) {
    byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
    ByteBuffer direct = ByteBuffer.allocateDirect(encoded.length).put(encoded).flip();
    return new EventFrame(direct.asReadOnlyBuffer());
  }

  /** A view of the frame for one write, with a position of its own. */
  ByteBuffer view() {
    return bytes.duplicate();
  }

  int size() {
    return bytes.remaining();
  }
}
