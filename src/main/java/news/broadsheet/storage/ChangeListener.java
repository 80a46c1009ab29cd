package news.broadsheet.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that listens for a node's {@link ChangeFeed} on a PostgreSQL connection of its own.
 * It waits for notifications half a second at a time, asks the server a trivial question every
 * {@link #CHECK_EVERY_MILLIS} ms so that a connection gone silent is found within seconds, and
 * when the connection is lost reconnects (after 0.1 s, doubling to at most {@link
 * #MAX_RETRY_MILLIS} ms), listens again and only then runs the catch-up, so that no change falls
 * between the two.
 */
final class ChangeListener {

  /** How the listening connection is named in PostgreSQL's {@code pg_stat_activity}. */
  static final String APPLICATION_NAME = "broadsheet change feed";
  static final int WAIT_MILLIS = 500;
  static final long CHECK_EVERY_MILLIS = 5_000;
  static final int NETWORK_TIMEOUT_MILLIS = 10_000;
  static final long FIRST_RETRY_MILLIS = 100;
  static final long MAX_RETRY_MILLIS = 5_000;
  private static final Logger LOG = LoggerFactory.getLogger(ChangeListener.class);

  private final Database database;
  private final ChangeFeed feed;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile ChangeFeed.Status status = new ChangeFeed.Status(FeedState.CONNECTING, Instant.now());
  private volatile Connection connection;

  ChangeListener(Database database, ChangeFeed feed) {
    this.database = database;
    this.feed = feed;
    this.thread = new Thread(this::run, "change-feed");
    this.thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  ChangeFeed.Status status() {
    return status;
  }

  private void run() {
    long retry = FIRST_RETRY_MILLIS;
    while (running) {
      try (Connection listening = database.openDedicatedConnection(APPLICATION_NAME)) {
        connection = listening;
        listening.setNetworkTimeout(Runnable::run, NETWORK_TIMEOUT_MILLIS);
        try (Statement statement = listening.createStatement()) {
          statement.execute("LISTEN " + ChangeFeed.CHANNEL);
        }
        listening();
        retry = FIRST_RETRY_MILLIS;
        receive(listening);
      } catch (SQLException | RuntimeException lost) {
        if (!running) {
          return;
        }
        lost(lost);
        pause(retry);
        retry = Math.min(retry * 2, MAX_RETRY_MILLIS);
      }
    }
  }

  private void listening() {
    ChangeFeed.Status before = status;
    status = new ChangeFeed.Status(FeedState.LISTENING, Instant.now());
    feed.catchUp();
    if (before.state() == FeedState.RECONNECTING) {
      LOG.info(
          "change feed: listening again after {} ms as node {}; caught up (cached pages cleared, settings and lists read afresh, live streams read what they missed)",
          java.time.Duration.between(before.since(), Instant.now()).toMillis(), feed.node());
    } else {
      LOG.info("change feed: listening for the changes of other nodes as node {}", feed.node());
    }
  }

  private void receive(Connection listening) throws SQLException {
    PGConnection postgres = listening.unwrap(PGConnection.class);
    long checked = System.nanoTime();
    while (running) {
      PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
      if (notifications != null) {
        for (PGNotification notification : notifications) {
          feed.received(notification.getParameter());
        }
      }
      if (System.nanoTime() - checked > TimeUnit.MILLISECONDS.toNanos(CHECK_EVERY_MILLIS)) {
        try (Statement statement = listening.createStatement()) {
          statement.execute("SELECT 1");
        }
        checked = System.nanoTime();
      }
    }
  }

  private void lost(Exception cause) {
    if (status.state() != FeedState.RECONNECTING) {
      FeedState before = status.state();
      status = new ChangeFeed.Status(FeedState.RECONNECTING, Instant.now());
      LOG.warn(
          before == FeedState.CONNECTING
              ? "change feed: cannot listen for the changes of other nodes ({}); story pages are rendered afresh until it can; retrying"
              : "change feed: lost the listening connection ({}); story pages are rendered afresh until it is back; reconnecting",
          cause.getMessage());
    } else {
      LOG.debug("change feed: still reconnecting: {}", cause.getMessage());
    }
  }

  private void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  /** Stops listening and closes the connection; returns once the thread has ended (at most a few seconds). */
  void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(3));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Connection open = connection;
    if (thread.isAlive() && open != null) {
      try {
        open.close();
      } catch (SQLException ignored) {
        // closing a connection that failed already
      }
    }
  }
}
