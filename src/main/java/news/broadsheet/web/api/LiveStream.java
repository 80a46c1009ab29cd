package news.broadsheet.web.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.IteratingCallback;

/**
 * One open live stream, written without a thread of its own: frames wait in a short queue and go
 * out one non-blocking write at a time, the next when the last is done. A reader whose queue
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

  /** What the stream is told when it ends. */
  interface Ending {
    void ended(LiveStream stream, Throwable failure);
  }

  private final Response response;
  private final Callback done;
  private final Ending ending;
  private final String client;
  private final int stripe;
  private final long openedAt = System.nanoTime();
  private volatile long lastWriteAt = openedAt;
  private final ArrayDeque<EventFrame> queue = new ArrayDeque<>();
  private Set<Long> replayed = new HashSet<>();
  private List<Held> held = new ArrayList<>();
  private boolean closing;
  private boolean lastWritten;

  /** @param stripe which of its story's stripes of streams (and which writer thread) it is in */
  LiveStream(Response response, Callback done, String client, int stripe, Ending ending) {
    this.response = response;
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
    EventFrame next;
    boolean last;
    synchronized (this) {
      if (lastWritten) {
        return Action.SUCCEEDED;
      }
      next = queue.poll();
      last = next == null && closing;
      lastWritten = last;
    }
    if (next == null && !last) {
      return Action.IDLE;
    }
    lastWriteAt = System.nanoTime();
    response.write(last, next == null ? ByteBuffer.allocate(0) : next.view(), this);
    return Action.SCHEDULED;
  }

  @Override
  protected void onCompleteSuccess() {
    done.succeeded();
    ending.ended(this, null);
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
