package news.broadsheet.web.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.IteratingCallback;

/**
 * One open live stream, written without a thread of its own: frames wait in a short queue and go
 * out one non-blocking write at a time, the next when the last is done; frames that queued up
 * meanwhile go out together in one write. Once the response's head is out, an HTTP/1 stream's
 * frames are written straight to its connection (the body is the connection's bytes up to its
 * close, with no framing, so the bytes are the same): a frame written to ten thousand streams
 * then costs a non-blocking socket write each, without the response's bookkeeping. A reader whose queue
 * overflows (it reads slower than comments come) is dropped, holding no more than {@link
 * #MAX_QUEUED} frames, which are shared with every other stream anyway; its browser reconnects
 * with the last id it saw and catches up.
 *
 * <p>The stream joins its story's channel first and replays what it missed second; comments the
 * channel sends meanwhile wait until the replay is done, and none is ever sent twice.
 */
final class LiveStream extends IteratingCallback {

  /** Frames a stream may have waiting before it is dropped as too slow. */
  static final int MAX_QUEUED = 64;

  /** Frames written together at most, when several have queued up. */
  private static final int GATHERED = 16;

  /** What the stream is told when it ends. */
  interface Ending {
    void ended(LiveStream stream, Throwable failure);
  }

  private final Response response;
  private final EndPoint connection;
  private final Callback done;
  private final Ending ending;
  private final String client;
  private final int stripe;
  private final long openedAt = System.nanoTime();
  private volatile long lastWriteAt = openedAt;
  private final ArrayDeque<EventFrame> queue = new ArrayDeque<>();
  private Set<Long> replayed = new HashSet<>();
  /** What the replay sent: the channel may still offer some of it after the stream went live. */
  private Set<Long> sentByReplay = Set.of();
  private List<Held> held = new ArrayList<>();
  private boolean closing;
  private boolean lastWritten;
  private boolean headWritten;

  /**
   * @param connection the connection to write frames to once the head is out, when the response's
   *     body is its connection's bytes up to its close; null to write every frame through the
   *     response
   * @param stripe which of its story's stripes of streams (and which writer thread) it is in
   */
  LiveStream(Response response, EndPoint connection, Callback done, String client, int stripe, Ending ending) {
    this.response = response;
    this.connection = connection;
    this.stripe = stripe;
    this.done = done;
    this.client = client;
    this.ending = ending;
  }

  String client() {
    return client;
  }

  long openedAt() {
    return openedAt;
  }

  int stripe() {
    return stripe;
  }

  /** A comment from the channel: queued now, or held while the replay runs. */
  void offer(long id, EventFrame frame) {
    boolean fits;
    synchronized (this) {
      if (replayed != null) {
        held.add(new Held(id, frame));
        fits = held.size() <= MAX_QUEUED;
      } else if (sentByReplay.contains(id)) {
        return;
      } else {
        fits = enqueue(frame);
      }
    }
    send(fits);
  }

  /** A comment from the replay of what the reader missed. */
  void replay(long id, EventFrame frame) {
    synchronized (this) {
      replayed.add(id);
      queue.add(frame);
    }
    iterate();
  }

  /** Instead of the replay: the reader missed more than a stream replays. */
  void tooFarBehind(EventFrame notice) {
    synchronized (this) {
      queue.add(notice);
    }
    iterate();
  }

  /** The replay is done: queues what was held, except what the replay sent already. */
  void goLive() {
    boolean fits = true;
    synchronized (this) {
      for (Held event : held) {
        if (!replayed.contains(event.id())) {
          fits &= enqueue(event.frame());
        }
      }
      sentByReplay = replayed.isEmpty() ? Set.of() : replayed;
      replayed = null;
      held = null;
    }
    send(fits);
  }

  /** Sends a heartbeat unless something else was written within {@code quietNanos}. */
  void heartbeat(long quietNanos) {
    if (System.nanoTime() - lastWriteAt < quietNanos) {
      return;
    }
    boolean idle;
    synchronized (this) {
      idle = queue.isEmpty() && !closing;
      if (idle) {
        queue.add(EventFrame.HEARTBEAT);
      }
    }
    if (idle) {
      iterate();
    }
  }

  /** Ends the stream once what is queued is written; the browser reconnects and catches up. */
  void end() {
    synchronized (this) {
      closing = true;
    }
    iterate();
  }

  /** Writes the first frame, which sends the response's headers. */
  void start(EventFrame first) {
    synchronized (this) {
      queue.add(first);
    }
    iterate();
  }

  @Override
  protected Action process() {
    ByteBuffer[] next;
    boolean last;
    boolean straight;
    synchronized (this) {
      if (lastWritten) {
        return Action.SUCCEEDED;
      }
      straight = headWritten && connection != null;
      next = take(straight ? GATHERED : 1);
      last = next.length == 0 && closing;
      lastWritten = last;
      headWritten = true;
    }
    if (next.length == 0 && !last) {
      return Action.IDLE;
    }
    lastWriteAt = System.nanoTime();
    if (straight && !last) {
      connection.write(this, next);
    } else {
      response.write(last, next.length == 0 ? ByteBuffer.allocate(0) : next[0], this);
    }
    return Action.SCHEDULED;
  }

  /** Views of up to {@code most} queued frames, taken off the queue. */
  private ByteBuffer[] take(int most) {
    ByteBuffer[] views = new ByteBuffer[Math.min(most, queue.size())];
    for (int i = 0; i < views.length; i++) {
      views[i] = queue.poll().view();
    }
    return views;
  }

  @Override
  protected void onCompleteSuccess() {
    done.succeeded();
    ending.ended(this, null);
  }

  /**
   * A dropped stream's connection is closed at once: a write the reader left pending fails with
   * it, which completes the stream (it does not complete while a write is pending).
   */
  @Override
  protected void onAborted(Throwable cause) {
    if (connection != null) {
      connection.close(cause);
    }
  }

  @Override
  protected void onCompleteFailure(Throwable cause) {
    done.failed(cause);
    ending.ended(this, cause);
  }

  private boolean enqueue(EventFrame frame) {
    queue.add(frame);
    return queue.size() <= MAX_QUEUED;
  }

  private void send(boolean fits) {
    if (fits) {
      iterate();
    } else {
      abort(new IOException("live stream dropped: the reader is " + MAX_QUEUED + " comments behind"));
    }
  }

  private record Held(long id, EventFrame frame) {}
}
