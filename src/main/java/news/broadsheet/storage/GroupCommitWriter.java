package news.broadsheet.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Runs small writes from many threads in shared transactions: a writer thread takes every write
 * waiting for it, runs them in one transaction, commits once, and only then answers each caller.
 * Many readers posting at once so pay for one disk sync between them, and a write is still
 * acknowledged only when it is durable.
 *
 * <p>A write that fails is rolled back alone; its caller gets the exception and the others are
 * unaffected. To keep that cheap, a group first runs without savepoints; only when one of its
 * writes fails is the group rolled back and run again, each write in a savepoint of its own. So
 * a write must act on the handle alone: it may run twice, and only the second run counts.
 *
 * <p>SQLite takes one writer at a time, so it has one writer thread. PostgreSQL takes many, and
 * a write there waits for the network several times: several writer threads overlap those waits.
 * Writes given the same key always go to the same thread, one after the other, so that two
 * writes that could conflict (the same comment posted twice at once) never race.
 */
public final class GroupCommitWriter implements AutoCloseable {

  private static final int MAX_BATCH = 256;
  /** Writer threads on PostgreSQL (the pool has 16 connections; request threads need the rest). */
  private static final int POSTGRES_WRITERS = 2;

  private final Database database;
  private final List<Lane> lanes = new ArrayList<>();
  private final AtomicInteger nextLane = new AtomicInteger();
  private volatile boolean running = true;

  public GroupCommitWriter(Database database) {
    this(database, database.isSqlite() ? 1 : POSTGRES_WRITERS);
  }

  GroupCommitWriter(Database database, int writers) {
    this.database = database;
    for (int i = 0; i < writers; i++) {
      lanes.add(new Lane("group-commit-writer-" + i));
    }
    lanes.forEach(lane -> lane.thread().start());
  }

  /** Runs the write and returns its result once committed; rethrows what the write threw. */
  public <T> T write(Function<Handle, T> work) {
    return write(nextLane.getAndIncrement(), work);
  }

  /**
   * Runs the write after every write given the same key before it, and returns its result once
   * committed; rethrows what the write threw.
   */
  public <T> T write(long key, Function<Handle, T> work) {
    if (!running) {
      throw new IllegalStateException("the database writer is shut down");
    }
    Job<T> job = new Job<>(work, new CompletableFuture<>());
    try {
      lanes.get(Math.floorMod(Long.hashCode(key), lanes.size())).queue().put(job);
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

  private void loop(BlockingQueue<Job<?>> queue) {
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
          handle -> gathering(handle, changes -> {
            for (Job<?> job : batch) {
              answers.add(run(job, handle));
            }
          }));
    } catch (RuntimeException failed) {
      answers.clear();
      if (batch.size() == 1) {
        answers.add(() -> batch.get(0).result().completeExceptionally(failed));
      } else {
        runEachInSavepoint(batch, answers);
      }
    }
    answers.forEach(Runnable::run);
  }

  private void runEachInSavepoint(List<Job<?>> batch, List<Runnable> answers) {
    try {
      database.inTransaction(
          handle -> gathering(handle, changes -> {
            for (int i = 0; i < batch.size(); i++) {
              answers.add(runInSavepoint(handle, changes, batch.get(i), "w" + i));
            }
          }));
    } catch (RuntimeException commitFailed) {
      answers.clear();
      for (Job<?> job : batch) {
        answers.add(() -> job.result().completeExceptionally(commitFailed));
      }
    }
  }

  private static <T> Runnable run(Job<T> job, Handle handle) {
    T value = job.work().apply(handle);
    return () -> job.result().complete(value);
  }

  /**
   * Runs the group's work with the changes it announces gathered and sent in one statement at its
   * end, inside the transaction (see {@link GatheredChanges}).
   */
  private Void gathering(Handle handle, Consumer<GatheredChanges> work) {
    GatheredChanges changes = database.changes().gather(handle);
    try {
      work.accept(changes);
      changes.send(handle);
      return null;
    } finally {
      database.changes().stopGathering(handle);
    }
  }

  private static <T> Runnable runInSavepoint(Handle handle, GatheredChanges changes, Job<T> job, String name) {
    handle.savepoint(name);
    int announced = changes.mark();
    try {
      T value = job.work().apply(handle);
      handle.release(name);
      return () -> job.result().complete(value);
    } catch (RuntimeException failed) {
      handle.rollbackToSavepoint(name);
      changes.rollBackTo(announced);
      RuntimeException classified = DatabaseUnavailableException.classified(failed);
      return () -> job.result().completeExceptionally(classified);
    }
  }

  /** Finishes the writes already queued, then stops. */
  @Override
  public void close() {
    running = false;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    for (Lane lane : lanes) {
      try {
        lane.thread().join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private record Job<T>(Function<Handle, T> work, CompletableFuture<T> result) {}

  /** One writer thread and the writes waiting for it. */
  private final class Lane {
    private final BlockingQueue<Job<?>> queue = new ArrayBlockingQueue<>(4096);
    private final Thread thread;

    Lane(String name) {
      this.thread = new Thread(() -> loop(queue), name);
      this.thread.setDaemon(true);
    }

    BlockingQueue<Job<?>> queue() {
      return queue;
    }

    Thread thread() {
      return thread;
    }
  }
}
