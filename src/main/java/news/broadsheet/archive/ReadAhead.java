package news.broadsheet.archive;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Produces items on a thread of its own, a bounded number ahead of the consumer, so that reading
 * and parsing (on import) or querying (on export) overlap with the consumer's work on a second
 * core. Items arrive in the order produced. What the producer throws is rethrown to the consumer
 * once the items produced before it are taken; closing stops the producer.
 */
final class ReadAhead<T> implements AutoCloseable {

  /** Produces every item into the sink, in order, then returns. */
  interface Producer<T> {
    void produce(Sink<T> sink) throws Exception;
  }

  /** Where the producer puts its items; blocks while the consumer is far enough behind. */
  interface Sink<T> {
    void put(T item) throws InterruptedException;
  }

  private static final Object END = new Object();

  private final BlockingQueue<Object> queue;
  private final Thread thread;
  private boolean ended;

  private ReadAhead(String name, int capacity, Producer<T> producer) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.thread = new Thread(() -> run(producer), name);
    this.thread.setDaemon(true);
  }

  static <T> ReadAhead<T> start(String name, int capacity, Producer<T> producer) {
    ReadAhead<T> ahead = new ReadAhead<>(name, capacity, producer);
    ahead.thread.start();
    return ahead;
  }

  private void run(Producer<T> producer) {
    Object last = END;
    try {
      producer.produce(queue::put);
    } catch (InterruptedException stopped) {
      return; // closed by the consumer: nobody waits for more
    } catch (Exception | Error failure) {
      last = new Failure(failure);
    }
    try {
      queue.put(last);
    } catch (InterruptedException stopped) {
      // closed by the consumer
    }
  }

  /**
   * The next item, or null when the producer is done.
   *
   * @throws Exception what the producer threw, after every item it produced before
   */
  @SuppressWarnings("unchecked")
  T next() throws Exception {
    if (ended) {
      return null;
    }
    Object item = queue.take();
    if (item == END) {
      ended = true;
      return null;
    }
    if (item instanceof Failure failure) {
      ended = true;
      if (failure.cause() instanceof Error error) {
        throw error;
      }
      throw (Exception) failure.cause();
    }
    return (T) item;
  }

  /** Stops the producer, if it is still going, and waits for its thread to end. */
  @Override
  public void close() {
    thread.interrupt();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Failure(Throwable cause) {}
}
