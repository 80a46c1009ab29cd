package news.broadsheet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many live comment streams held open by one thread with non-blocking sockets, as thousands of
 * readers' browsers would hold them: for tests and the streams benchmark, where a thread or a
 * {@code HttpClient} per stream would cost the client more than the server. It counts the streams
 * the server answered (200, {@code text/event-stream}), those it ended, and tells a listener the
 * id of every comment event each stream receives, when it arrives.
 */
public final class HeldStreams implements AutoCloseable {

  /** Hears each comment event as one stream receives it. */
  @FunctionalInterface
  public interface Receiver {
    void received(long commentId, long nanoTime);
  }

  private static final int OPENING_AT_ONCE = 256;

  private final InetSocketAddress server;
  private final byte[] request;
  private final Receiver receiver;
  private final AtomicInteger answered = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicInteger ended = new AtomicInteger();
  private final AtomicInteger toOpen = new AtomicInteger();
  private final List<Loop> loops = new ArrayList<>();
  private volatile boolean closing;

  private HeldStreams(InetSocketAddress server, String path, Receiver receiver, int threads) throws IOException {
    this.server = server;
    this.request =
        ("GET " + path + " HTTP/1.1\r\nHost: " + server.getHostString() + ":" + server.getPort()
                + "\r\nAccept: text/event-stream\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    this.receiver = receiver;
    for (int i = 0; i < threads; i++) {
      loops.add(new Loop("held-streams-" + (i + 1)));
    }
  }

  /** Starts opening {@code count} streams of {@code path}; {@link #awaitAnswered} waits for them. */
  public static HeldStreams open(String host, int port, String path, int count, Receiver receiver) {
    return open(host, port, path, count, receiver, 1);
  }

  /**
   * As {@link #open(String, int, String, int, Receiver)}, with the streams shared among {@code
   * threads} threads, each with its own selector: so that a benchmark's client reads ten thousand
   * sockets as fast as the server writes them. The receiver is then called from all of them.
   */
  public static HeldStreams open(String host, int port, String path, int count, Receiver receiver, int threads) {
    try {
      HeldStreams streams = new HeldStreams(new InetSocketAddress(host, port), path, receiver, threads);
      streams.toOpen.set(count);
      streams.loops.forEach(loop -> loop.thread.start());
      return streams;
    } catch (IOException cannot) {
      throw new UncheckedIOException(cannot);
    }
  }

  /** Streams the server answered with 200 and has not ended. */
  public int open() {
    return answered.get() - ended.get();
  }

  /** Streams the server answered with anything but 200, or could not be connected. */
  public int refused() {
    return refused.get();
  }

  /** Streams the server answered and then ended. */
  public int ended() {
    return ended.get();
  }

  /** Waits until {@code count} streams are answered (or refused); false on timeout. */
  public boolean awaitAnswered(int count, Duration timeout) throws InterruptedException {
    return await(() -> answered.get() + refused.get() >= count, timeout);
  }

  /** Waits until the server has ended every stream it answered; false on timeout. */
  public boolean awaitAllEnded(Duration timeout) throws InterruptedException {
    return await(() -> ended.get() >= answered.get(), timeout);
  }

  private static boolean await(java.util.function.BooleanSupplier done, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }

  @Override
  public void close() {
    closing = true;
    loops.forEach(loop -> loop.selector.wakeup());
    for (Loop loop : loops) {
      try {
        loop.thread.join(10_000);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** One thread with its selector and its share of the streams. */
  private final class Loop {
    private final Selector selector;
    private final Thread thread;
    private final List<SocketChannel> channels = new ArrayList<>();
    private int opening;

    Loop(String name) throws IOException {
      this.selector = Selector.open();
      this.thread = new Thread(this::run, name);
      this.thread.setDaemon(true);
    }

    private void run() {
      ByteBuffer buffer = ByteBuffer.allocateDirect(256 * 1024);
      try (selector) {
        while (!closing) {
          startConnecting();
          selector.select(100);
          for (SelectionKey key : selector.selectedKeys()) {
            handle(key, buffer);
          }
          selector.selectedKeys().clear();
        }
      } catch (IOException broken) {
        throw new UncheckedIOException(broken);
      } finally {
        channels.forEach(HeldStreams::quietlyClose);
      }
    }

    /** Keeps at most {@link #OPENING_AT_ONCE} connections of all between connect and answer. */
    private void startConnecting() {
      while (opening < OPENING_AT_ONCE / loops.size() + 1 && toOpen.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
        opening++;
        try {
          SocketChannel channel = SocketChannel.open();
          channel.configureBlocking(false);
          channel.setOption(StandardSocketOptions.SO_RCVBUF, 16 * 1024);
          channel.connect(server);
          channel.register(selector, SelectionKey.OP_CONNECT, new Parser(receiver));
          channels.add(channel);
        } catch (IOException cannotConnect) {
          opening--;
          refused.incrementAndGet();
        }
      }
    }

    private void handle(SelectionKey key, ByteBuffer buffer) {
      SocketChannel channel = (SocketChannel) key.channel();
      Parser parser = (Parser) key.attachment();
      try {
        if (key.isConnectable()) {
          channel.finishConnect();
          channel.write(ByteBuffer.wrap(request));
          key.interestOps(SelectionKey.OP_READ);
          return;
        }
        buffer.clear();
        int read = channel.read(buffer);
        if (read < 0) {
          finish(key, parser);
          return;
        }
        buffer.flip();
        parser.feed(buffer, System.nanoTime());
        count(parser);
      } catch (IOException failed) {
        finish(key, parser);
      }
    }

    private void count(Parser parser) {
      if (parser.answeredNow()) {
        opening--;
        (parser.status() == 200 ? answered : refused).incrementAndGet();
      }
    }

    private void finish(SelectionKey key, Parser parser) {
      key.cancel();
      quietlyClose((SocketChannel) key.channel());
      if (parser.status() == 200) {
        ended.incrementAndGet();
      } else if (parser.status() == 0) {
        opening--;
        refused.incrementAndGet();
      }
    }
  }

  private static void quietlyClose(SocketChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  /** Reads one stream's bytes: the status line, then the lines of its events. */
  private static final class Parser {
    private final Receiver receiver;
    private final byte[] line = new byte[128];
    private int length;
    private int status;
    private boolean inHead = true;
    private boolean answeredNow;

    Parser(Receiver receiver) {
      this.receiver = receiver;
    }

    int status() {
      return status;
    }

    /** Whether the head ended with the bytes just fed: the stream counts as answered. */
    boolean answeredNow() {
      boolean now = answeredNow;
      answeredNow = false;
      return now;
    }

    void feed(ByteBuffer bytes, long now) {
      while (bytes.hasRemaining()) {
        byte next = bytes.get();
        if (next == '\n') {
          lineDone(now);
          length = 0;
        } else if (length < line.length) {
          line[length++] = next;
        } else {
          skipLine(bytes); // an event's data: only its head and its id line are read
        }
      }
    }

    private void skipLine(ByteBuffer bytes) {
      while (bytes.hasRemaining()) {
        if (bytes.get() == '\n') {
          length = 0;
          return;
        }
      }
    }

    private void lineDone(long now) {
      int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
      if (!inHead) {
        if (end > 4 && line[0] == 'i' && line[1] == 'd' && line[2] == ':' && line[3] == ' ') {
          receiver.received(digits(4, end), now);
        }
        return;
      }
      String text = new String(line, 0, end, StandardCharsets.ISO_8859_1);
      if (status == 0 && text.startsWith("HTTP/1.1 ")) {
        status = Integer.parseInt(text.substring(9, 12));
      } else if (text.isEmpty()) {
        inHead = false;
        answeredNow = true;
      }
    }

    private long digits(int from, int to) {
      long value = 0;
      for (int i = from; i < to; i++) {
        value = value * 10 + (line[i] - '0');
      }
      return value;
    }
  }
}
