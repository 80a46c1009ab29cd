package news.broadsheet.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import news.broadsheet.storage.Database;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index up to date with the stories and comments, from the queue that the database's
 * triggers fill (see the V40 migration).
 *
 * <p>Every transaction indexes what it queued before it commits ({@link #indexLatest}), so a
 * comment published, a story imported or a decision taken is found, or no longer found, the
 * moment it is committed, on every node. What is queued otherwise (a large import, a change made
 * by a process that does not index, a failure) is indexed in batches by a background thread of
 * every server ({@link #start}) and by {@link #indexAll}.
 */
public final class SearchIndexer implements AutoCloseable {

  /** A transaction indexes at most this many of the latest queued items (a writer's whole batch). */
  static final int LATEST = 256;
  static final int BATCH = 500;
  private static final long IDLE_MILLIS = 200;
  private static final Logger LOG = LoggerFactory.getLogger(SearchIndexer.class);

  private final Database database;
  private final SearchStore store;
  private final IndexStore index;
  private final ThreadLocal<Boolean> inBatch = ThreadLocal.withInitial(() -> false);
  private volatile Thread background;

  public SearchIndexer(Database database) {
    this.database = database;
    this.store = new SearchStore();
    this.index = IndexStore.forDatabase(database.isSqlite());
  }

  /**
   * Indexes, in the caller's transaction, the latest queued items: those it queued itself, and a
   * few of any backlog. A failure is logged and leaves them queued; it never fails the caller.
   */
  public void indexLatest(Handle handle) {
    if (inBatch.get()) {
      return;
    }
    handle.savepoint("search_index");
    try {
      List<QueuedItem> items = index.queued(handle, LATEST, true, true);
      Map<QueuedItem, SearchDocument> documents = documents(handle, items);
      for (QueuedItem item : items) {
        write(handle, item, documents.get(item));
      }
      handle.release("search_index");
    } catch (RuntimeException failure) {
      handle.rollbackToSavepoint("search_index");
      LOG.warn("search: could not index {} now, the background indexer will: {}", "the latest changes", failure.toString());
    }
  }

  private void write(Handle handle, QueuedItem item, SearchDocument document) {
    if (store.take(handle, item) && document != null) {
      index.replace(handle, document);
    }
  }

  /**
   * Indexes the oldest queued items, up to {@value #BATCH}: reads and analyses them outside the
   * write, then writes those still queued for the same change in one transaction.
   *
   * @return how many items were taken off the queue
   */
  public int indexBatch() {
    record Read(List<QueuedItem> items, Map<QueuedItem, SearchDocument> documents) {}
    Read read = database.read(handle -> {
      List<QueuedItem> items = index.queued(handle, BATCH, false, false);
      return new Read(items, documents(handle, items));
    });
    if (read.items().isEmpty()) {
      return 0;
    }
    inBatch.set(true);
    try {
      database.inTransaction(handle -> {
        for (QueuedItem item : read.items()) {
          write(handle, item, read.documents().get(item));
        }
        return null;
      });
    } finally {
      inBatch.set(false);
    }
    return read.items().size();
  }

  private Map<QueuedItem, SearchDocument> documents(Handle handle, List<QueuedItem> items) {
    Map<Long, QueuedItem> stories = new HashMap<>();
    Map<Long, QueuedItem> comments = new HashMap<>();
    items.forEach(item -> (item.kind() == DocumentKind.STORY ? stories : comments).put(item.itemId(), item));
    List<IndexedItem> read = new ArrayList<>();
    if (!stories.isEmpty()) {
      read.addAll(store.stories(handle, stories.keySet()));
    }
    if (!comments.isEmpty()) {
      read.addAll(store.comments(handle, comments.keySet()));
    }
    Map<QueuedItem, SearchDocument> documents = new HashMap<>();
    for (IndexedItem item : read) {
      QueuedItem queued = (item.kind() == DocumentKind.STORY ? stories : comments).get(item.id());
      documents.put(queued, SearchDocument.of(item));
    }
    return documents;
  }

  /** How many stories and comments wait to be indexed. */
  public long queued() {
    return database.read(store::queueSize);
  }

  /**
   * Indexes everything queued, telling the progress after each batch (items indexed so far).
   *
   * @return how many items were indexed
   */
  public long indexAll(LongConsumer progress) {
    long done = 0;
    for (int taken = indexBatch(); taken > 0; taken = indexBatch()) {
      done += taken;
      progress.accept(done);
    }
    return done;
  }

  /**
   * Queues every story and comment again and indexes them all: after a change to how text is
   * analysed, or to repair an index. Searches go on meanwhile; each item keeps its former
   * document until its new one replaces it.
   *
   * @param queuedCount told how many items are queued, before indexing starts
   */
  public long reindex(LongConsumer queuedCount, LongConsumer progress) {
    inBatch.set(true);
    try {
      database.inTransaction(handle -> store.queueEverything(handle));
    } finally {
      inBatch.set(false);
    }
    queuedCount.accept(queued());
    return indexAll(progress);
  }

  /** Starts the background thread that indexes what is queued, checking every 200 ms. */
  public synchronized void start() {
    if (background != null) {
      return;
    }
    background = new Thread(this::run, "search-indexer");
    background.setDaemon(true);
    background.start();
  }

  private void run() {
    while (background == Thread.currentThread()) {
      try {
        if (indexBatch() == 0) {
          Thread.sleep(IDLE_MILLIS);
        }
      } catch (InterruptedException stop) {
        return;
      } catch (RuntimeException failure) {
        LOG.warn("search: indexing failed, trying again in a second: {}", failure.toString());
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException stop) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public synchronized void close() {
    Thread running = background;
    background = null;
    if (running != null) {
      running.interrupt();
      try {
        running.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
