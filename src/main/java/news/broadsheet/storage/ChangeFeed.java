package news.broadsheet.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the nodes sharing a database tell each other of changes. A service announces a change
 * inside the transaction that makes it ({@link #announce}); on PostgreSQL that is a {@code
 * pg_notify} on the channel {@value #CHANNEL}, which the database delivers to every listening
 * node when, and only if, the transaction commits. A serving node listens on one connection of
 * its own ({@link #start}) and hands each change made by another process to the handlers
 * registered for its kind ({@link #on}); changes made by this process are not handed back, since
 * its services tell their own listeners as they commit. When the listening connection is lost,
 * the node reconnects and then runs the catch-up tasks ({@link #onCatchUp}): whatever it keeps
 * in memory is read afresh, since changes made meanwhile were not heard.
 *
 * <p>On SQLite there is one node: announcing does nothing and there is nothing to listen to.
 */
public final class ChangeFeed implements AutoCloseable {

  /** The PostgreSQL notification channel. */
  public static final String CHANNEL = "broadsheet_changes";
  private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

  private final Database database;
  private final NodeName node;
  private final Map<ChangeKind, List<Consumer<Change>>> handlers = new EnumMap<>(ChangeKind.class);
  private final List<Runnable> catchUps = new CopyOnWriteArrayList<>();
  /** The handles whose announcements are held back for one statement at the end of their work. */
  private final Map<Handle, GatheredChanges> gathering = new ConcurrentHashMap<>();
  private volatile LongConsumer delays = millis -> {};
  private ChangeListener listener;

  ChangeFeed(Database database, NodeName node) {
    this.database = database;
    this.node = node;
    for (ChangeKind kind : ChangeKind.values()) {
      handlers.put(kind, new CopyOnWriteArrayList<>());
    }
  }

  /** This process's name among the nodes. */
  public NodeName node() {
    return node;
  }

  /**
   * Announces a change; call it inside the transaction that makes it, which delivers it on commit.
   * Within a group-commit writer's group it is sent with the group's other changes at the end of
   * the group's work ({@link #gather}).
   */
  public void announce(Handle handle, Change change) {
    if (!database.isSqlite()) {
      String payload = new ChangeNotice(node.name(), System.currentTimeMillis(), change).encode();
      GatheredChanges gathered = gathering.get(handle);
      if (gathered != null) {
        gathered.add(payload);
      } else {
        notify(handle, payload);
      }
    }
  }

  static void notify(Handle handle, String payload) {
    handle.createQuery("SELECT pg_notify(?, ?)").bind(0, CHANNEL).bind(1, payload).mapToMap().list();
  }

  /**
   * Holds back the changes announced on the handle until the caller sends them ({@link
   * GatheredChanges#send}) and then {@link #stopGathering}; for a transaction of many writes.
   */
  GatheredChanges gather(Handle handle) {
    GatheredChanges gathered = new GatheredChanges();
    gathering.put(handle, gathered);
    return gathered;
  }

  /** Announcing on the handle sends again at once; what was gathered and not sent is dropped. */
  void stopGathering(Handle handle) {
    gathering.remove(handle);
  }

  /** Hands every change of this kind made by another process to the handler, on the listening thread. */
  public void on(ChangeKind kind, Consumer<Change> handler) {
    handlers.get(kind).add(handler);
  }

  /** Runs the task each time the node has (re)started listening: changes made meanwhile were not heard. */
  public void onCatchUp(Runnable task) {
    catchUps.add(task);
  }

  /** Tells how many milliseconds each change took from its announcement to this node. */
  public void onDelay(LongConsumer delaysMillis) {
    this.delays = delaysMillis;
  }

  /** Starts listening for other processes' changes (PostgreSQL); does nothing on SQLite or when listening already. */
  public synchronized void start() {
    if (!database.isSqlite() && listener == null) {
      listener = new ChangeListener(database, this);
      listener.start();
    }
  }

  public FeedState state() {
    return status().state();
  }

  /** The state, and since when (null for states that do not change: local, not listening). */
  public synchronized Status status() {
    if (database.isSqlite()) {
      return new Status(FeedState.LOCAL, null);
    }
    return listener == null ? new Status(FeedState.NOT_LISTENING, null) : listener.status();
  }

  /** Stops listening. */
  @Override
  public synchronized void close() {
    if (listener != null) {
      listener.close();
      listener = null;
    }
  }

  /** A notification's payload arrived. */
  void received(String payload) {
    ChangeNotice notice = ChangeNotice.decode(payload).orElse(null);
    if (notice == null) {
      LOG.warn("change feed: a notice this version cannot read ({}); reading everything afresh", payload);
      catchUp();
      return;
    }
    if (notice.origin().equals(node.name())) {
      return;
    }
    delays.accept(Math.max(0, System.currentTimeMillis() - notice.sentAtMillis()));
    for (Consumer<Change> handler : handlers.get(notice.change().kind())) {
      guarded(() -> handler.accept(notice.change()));
    }
  }

  /** Runs every catch-up task. */
  void catchUp() {
    catchUps.forEach(ChangeFeed::guarded);
  }

  private static void guarded(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException failed) {
      LOG.warn("change feed: a handler failed: {}", failed.toString());
    }
  }

  /** The feed's state and since when it has been so (null when that does not apply). */
  public record Status(FeedState state, Instant since) {

    /** The state in words for a health check: "listening", "reconnecting for 3 s". */
    public String describe() {
      String name = state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      return since == null || state == FeedState.LISTENING
          ? name
          : name + " for " + Duration.between(since, Instant.now()).toSeconds() + " s";
    }
  }
}
