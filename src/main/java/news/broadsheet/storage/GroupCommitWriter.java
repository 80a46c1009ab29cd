package news.broadsheet.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Runs small writes from many threads in shared transactions: one writer thread takes every write
 * waiting, runs each inside its own savepoint, commits once, and only then answers each caller.
 * Many readers posting at once so pay for one disk sync between them, and a write is still
 * acknowledged only when it is durable. A write that fails is rolled back alone; its caller gets
 * the exception and the others are unaffected.
 */
public final class GroupCommitWriter implements AutoCloseable {

  private static final int MAX_BATCH = 256;

  private final Database database;
  private final BlockingQueue<Job<?>> queue = new ArrayBlockingQueue<>(4096);
  private final Thread writer;
  private volatile boolean running = true;

  public GroupCommitWriter(Database database) {
    this.database = database;
    this.writer = new Thread(this::loop, "group-commit-writer");
    this.writer.setDaemon(true);
    this.writer.start();
  }

  /** Runs the write and returns its result once committed; rethrows what the write threw. */
  public <T> T write(Function<Handle, T> work) {
    if (!running) {
      throw new IllegalStateException("the database writer is shut down");
    }
    Job<T> job = new Job<>(work, new CompletableFuture<>());
    try {
      queue.put(job);
      return job.result().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the database", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private void loop() {
    List<Job<?>> batch = new ArrayList<>(MAX_BATCH);
    while (running || !queue.isEmpty()) {
      try {
        Job<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        runBatch(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        batch.clear();
      }
    }
  }

  private void runBatch(List<Job<?>> batch) {
    List<Runnable> answers = new ArrayList<>(batch.size());
    try {
      database.inTransaction(
          handle -> {
            for (int i = 0; i < batch.size(); i++) {
              answers.add(runInSavepoint(handle, batch.get(i), "w" + i));
            }
            return null;
          });
      answers.forEach(Runnable::run);
    } catch (RuntimeException commitFailed) {
      for (Job<?> job : batch) {
        job.result().completeExceptionally(commitFailed);
      }
    }
  }

  private static <T> Runnable runInSavepoint(Handle handle, Job<T> job, String name) {
    handle.savepoint(name);
    try {
      T value = job.work().apply(handle);
      handle.release(name);
      return () -> job.result().complete(value);
    } catch (RuntimeException failed) {
      handle.rollbackToSavepoint(name);
      RuntimeException classified = DatabaseUnavailableException.classified(failed);
      return () -> job.result().completeExceptionally(classified);
    }
  }

  /** Finishes the writes already queued, then stops. */
  @Override
  public void close() {
    running = false;
    try {
      writer.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Job<T>(Function<Handle, T> work, CompletableFuture<T> result) {}
}
