package news.broadsheet.search;

import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import news.broadsheet.storage.Database;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index up to date with the stories and comments, from the queue that the database's
 * triggers fill (migrations V40 and V41).
 *
 * <p>Every transaction indexes what it queued before it commits ({@link #begin}), so a comment
 * published or a decision taken is found, or no longer found, the moment it is committed, on
 * every node. What is queued otherwise (an import, a change made by a process that does not
 * index, a failure) is indexed in batches by {@link #indexAll}, which a server runs every second
 * as a periodic job on one node at a time (see {@code App}), and {@code broadsheet import} before
 * it ends: a second thread reads and analyses the next batch while the current
 * one is written, in one transaction (and on PostgreSQL one round trip) a batch.
 */
public final class SearchIndexer implements Database.TransactionStep, AutoCloseable {

  /**
   * The insert triggers of the comments table that queue new comments (V40 and V41, on SQLite and
   * on PostgreSQL), whose work {@link #queueComments} does for a bulk load that sets them aside.
   */
  public static final Set<String> COMMENT_INSERT_TRIGGERS = Set.of("search_comment_added", "search_comments_added");

  /** A transaction indexes at most this many items it queued (the rest waits for the background). */
  static final int LATEST = 500;
  static final int BATCH = 500;
  private static final Logger LOG = LoggerFactory.getLogger(SearchIndexer.class);

  private final Database database;
  private final IndexQueueStore queue;
  private final IndexStore index;
  private final BatchReader reader;
  private final ThreadLocal<Boolean> writing = ThreadLocal.withInitial(() -> false);
  private final ExecutorService analyser = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "search-analyser");
    thread.setDaemon(true);
    return thread;
  });

  public SearchIndexer(Database database) {
    this.database = database;
    this.queue = new IndexQueueStore(database.isSqlite());
    this.index = IndexStore.forDatabase(database.isSqlite());
    this.reader = new BatchReader(new SearchStore(), queue);
  }

  /**
   * Joins a transaction: notes where the queue ends as it begins, and before it commits indexes
   * what was queued since (up to {@value #LATEST} items). A failure is logged and leaves them
   * queued; it never fails the transaction.
   */
  @Override
  public Consumer<Handle> begin(Handle handle) {
    if (writing.get()) {
      return ignored -> {};
    }
    long end = queue.end(handle);
    return beforeCommit -> indexAfter(beforeCommit, end);
  }

  private void indexAfter(Handle handle, long seq) {
    handle.savepoint("search_index");
    try {
      index.write(handle, reader.documents(handle, queue.heldAfter(handle, seq, LATEST)));
      handle.release("search_index");
    } catch (RuntimeException failure) {
      handle.rollbackToSavepoint("search_index");
      LOG.warn("search: could not index the latest changes now, the background indexer will: {}", failure.toString());
    }
  }

  /** How many stories and comments wait to be indexed. */
  public long queued() {
    return database.read(queue::size);
  }

  /**
   * Indexes everything queued, telling the progress after each batch (items taken so far).
   *
   * @return how many items were taken off the queue
   */
  public long indexAll(LongConsumer progress) {
    long done = 0;
    Future<BatchReader.Batch> next = analyser.submit(() -> read(BatchReader.Position.START));
    try {
      while (true) {
        BatchReader.Batch batch = next.get();
        if (batch.items().isEmpty() && batch.from().isStart()) {
          endPairsPending();
          return done;
        }
        BatchReader.Position position = batch.items().isEmpty() ? BatchReader.Position.START : batch.next();
        next = analyser.submit(() -> read(position));
        done += write(batch);
        progress.accept(done);
      }
    } catch (InterruptedException stop) {
      next.cancel(true);
      Thread.currentThread().interrupt();
      return done;
    } catch (ExecutionException failed) {
      throw failed.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(failed.getCause());
    }
  }

  /** Once the documents indexed before pair terms were are all indexed again, phrases are looked up by their pairs. */
  private void endPairsPending() {
    if (database.read(queue::pairsPending)) {
      database.inTransaction(handle -> {
        queue.endPairsPending(handle);
        return null;
      });
    }
  }

  private BatchReader.Batch read(BatchReader.Position from) {
    return database.read(handle -> reader.read(handle, from, BATCH));
  }

  private int write(BatchReader.Batch batch) {
    if (batch.items().isEmpty()) {
      return 0;
    }
    writing.set(true);
    try {
      return database.inTransaction(handle -> index.write(handle, batch.items()));
    } finally {
      writing.set(false);
    }
  }

  /**
   * Queues every story and comment again and indexes them all: after a change to how text is
   * analysed, or to repair an index. Searches go on meanwhile; each item keeps its former
   * document until its new one replaces it.
   *
   * @param queuedCount told how many items are queued, before indexing starts
   */
  public long reindex(LongConsumer queuedCount, LongConsumer progress) {
    writing.set(true);
    try {
      database.inTransaction(queue::queueEverything);
    } finally {
      writing.set(false);
    }
    queuedCount.accept(queued());
    return indexAll(progress);
  }

  /**
   * The hook for a bulk load that bypasses the {@link #COMMENT_INSERT_TRIGGERS} (drops or
   * suspends them for speed): it must call this in its own transaction, after storing its
   * comments, with the first id it stored, so that they are queued for the index as the triggers
   * would have queued them; the background indexer then indexes them.
   *
   * @return how many comments were queued
   */
  public int queueComments(Handle bulkTransaction, long firstId) {
    return queue.queueBulkLoaded(bulkTransaction, firstId);
  }

  /**
   * The hook for a change of whether readers may see a story (its status: a draft published, a
   * published story taken down), which the triggers do not watch: called in the transaction of the
   * change, it queues the story and its comments again and takes them out of the index at once;
   * the transaction's end indexes them again as readers may now see them.
   */
  public void storyShownChanged(Handle transaction, long storyId) {
    queue.requeueStory(transaction, storyId);
  }

  @Override
  public void close() {
    analyser.shutdownNow();
  }
}
