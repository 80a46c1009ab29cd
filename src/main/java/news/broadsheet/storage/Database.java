package news.broadsheet.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;

/**
 * The one database of a Broadsheet: opened, migrated to the current schema, and closed.
 *
 * <p>Writes go through {@link #inTransaction}: when it returns, the change is committed, and on
 * SQLite also synced to disk (WAL with {@code synchronous=FULL}), so an acknowledged write is
 * durable.
 */
public final class Database implements AutoCloseable {

  /** SQLite's page cache for bulk writes and for every other connection, in KiB (as negative cache_size). */
  private static final int BULK_CACHE_KIB = -65_536;
  private static final int DEFAULT_CACHE_KIB = -1_024;
  /**
   * How many pages SQLite's write-ahead log grows to before it is copied into the database, for
   * bulk writes and by default: an import's groups rewrite many of the same index pages, which a
   * rarer checkpoint copies once instead of once a group.
   */
  private static final int BULK_CHECKPOINT_PAGES = 16_384;
  private static final int DEFAULT_CHECKPOINT_PAGES = 1_000;

  private final DatabaseLocation location;
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final ChangeFeed changes;
  private final List<TransactionStep> steps = new CopyOnWriteArrayList<>();
  /** The last time the database could not take work, until a transaction commits again. */
  private volatile Failed lastFailure;

  private record Failed(DatabaseFailure failure, long atNanos) {}

  private static final long FAILURE_REMEMBERED_NANOS = 60_000_000_000L;

  /** Work that joins every transaction of {@link #inTransaction}. */
  @FunctionalInterface
  public interface TransactionStep {
    /**
     * Runs as the transaction begins, in it, and returns what runs in it after the transaction's
     * own work, just before it commits. Neither part may throw for a failure of its own, or it
     * fails the transaction it joins.
     */
    Consumer<Handle> begin(Handle handle);
  }

  private Database(DatabaseLocation location, HikariDataSource dataSource) {
    this.location = location;
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
    this.changes = new ChangeFeed(this, NodeName.ofThisProcess());
    if (location.vendor() == DatabaseLocation.Vendor.SQLITE) {
      jdbi.setStatementBuilderFactory(new CachedStatements());
    }
  }

  /** Opens the database and brings its schema up to date; fails fast when it cannot. */
  public static Database open(DatabaseLocation location) {
    if (location.vendor() == DatabaseLocation.Vendor.SQLITE && location.jdbcUrl() == null) {
      try {
        Files.createDirectories(location.dataDir());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the data folder " + location.dataDir(), e);
      }
    }
    HikariDataSource dataSource = new HikariDataSource(poolConfig(location));
    try {
      migrate(location, dataSource);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    return new Database(location, dataSource);
  }

  private static HikariConfig poolConfig(DatabaseLocation location) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(location.effectiveUrl());
    config.setPoolName("broadsheet");
    if (location.user() != null) {
      config.setUsername(location.user());
    }
    if (location.password() != null) {
      config.setPassword(location.password());
    }
    if (location.vendor() == DatabaseLocation.Vendor.SQLITE) {
      config.addDataSourceProperty("journal_mode", "WAL");
      config.addDataSourceProperty("synchronous", "FULL");
      config.addDataSourceProperty("foreign_keys", "true");
      config.addDataSourceProperty("busy_timeout", "15000");
      // 1 MiB of page cache a connection (SQLite's default is 2): the pool has many connections
      // and the operating system caches the file anyway; an import's connection takes 64 MiB.
      config.addDataSourceProperty("cache_size", String.valueOf(DEFAULT_CACHE_KIB));
      // Writers take the lock when they begin, so two writers queue instead of deadlocking.
      config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
      // Readers never wait for each other in WAL mode; enough connections that a busy server's
      // request threads rarely queue for one (the one writer is the group-commit thread). Each
      // connection keeps its own page cache (1 MiB) and parsed schema, so the pool's size is
      // resident memory: 16 serve as many pages a second as 32 did on two cores.
      config.setMaximumPoolSize(16);
      config.setMinimumIdle(1);
    } else {
      config.setMaximumPoolSize(16);
      config.setMinimumIdle(1);
    }
    config.setConnectionTimeout(15_000);
    return config;
  }

  private static void migrate(DatabaseLocation location, DataSource dataSource) {
    String folder = location.vendor() == DatabaseLocation.Vendor.SQLITE ? "sqlite" : "postgresql";
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/" + folder)
        // Each capability numbers its migrations in a range of its own (the desk V20-29, the staff
        // area V55-59, ...), and a range can ship after a later one: a database that already has
        // V61 still gets V55 when it arrives, instead of refusing to start.
        .outOfOrder(true)
        .load()
        .migrate();
  }

  public DatabaseLocation location() {
    return location;
  }

  public boolean isSqlite() {
    return location.vendor() == DatabaseLocation.Vendor.SQLITE;
  }

  /** How the processes sharing this database tell each other of what they change. */
  public ChangeFeed changes() {
    return changes;
  }

  /** Whether the handle is on PostgreSQL (else SQLite). */
  public static boolean isPostgres(Handle handle) {
    try {
      return handle.getConnection().isWrapperFor(PGConnection.class);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot tell the database's kind: " + e.getMessage(), e);
    }
  }

  /**
   * Runs the work in one transaction; committed (and durable) when this returns. A failure that
   * means the database cannot take work for now is thrown as {@link DatabaseUnavailableException}. The steps given
   * to {@link #joinEachTransaction} begin before the work and end after it, in the same transaction.
   */
  public <T, X extends Exception> T inTransaction(HandleCallback<T, X> work) throws X {
    T committed;
    try {
      committed = jdbi.inTransaction(
          handle -> {
            List<Consumer<Handle>> ends = new ArrayList<>(steps.size());
            steps.forEach(step -> ends.add(step.begin(handle)));
            T result = work.withHandle(handle);
            ends.forEach(end -> end.accept(handle));
            return result;
          });
    } catch (RuntimeException failed) {
      RuntimeException classified = DatabaseUnavailableException.classified(failed);
      if (classified instanceof DatabaseUnavailableException unavailable) {
        failed(unavailable.failure());
      }
      throw classified;
    }
    lastFailure = null;
    return committed;
  }

  /** Notes that the database could not take work (a write refused for a full disk, say), for {@link #health}. */
  public void failed(DatabaseFailure failure) {
    lastFailure = new Failed(failure, System.nanoTime());
  }

  /**
   * What keeps the database from taking work now, or empty when nothing does: it does not answer a
   * trivial query, or it refused work within the last minute and no transaction has committed since.
   */
  public Optional<DatabaseFailure> health() {
    try {
      jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
    } catch (RuntimeException unreachable) {
      return Optional.of(DatabaseFailure.of(unreachable).orElse(DatabaseFailure.UNREACHABLE));
    }
    Failed last = lastFailure;
    if (last != null && last.failure() == DatabaseFailure.UNREACHABLE) {
      lastFailure = null; // it answers again
      return Optional.empty();
    }
    return last != null && System.nanoTime() - last.atNanos() < FAILURE_REMEMBERED_NANOS
        ? Optional.of(last.failure())
        : Optional.empty();
  }

  /**
   * Runs the work in one transaction that no step joins: for what the nodes keep to coordinate
   * (leases, rate limits), which changes nothing the steps look after and is run too often to
   * pay for them.
   */
  public <T, X extends Exception> T inTransactionAlone(HandleCallback<T, X> work) throws X {
    return jdbi.inTransaction(work);
  }

  /**
   * Adds a step to every transaction of {@link #inTransaction}, such as bringing the search index
   * up to date with what the transaction changed.
   */
  public void joinEachTransaction(TransactionStep step) {
    steps.add(step);
  }

  /** Runs read-only work on a connection of the pool. */
  public <T, X extends Exception> T read(HandleCallback<T, X> work) throws X {
    try {
      return jdbi.withHandle(work);
    } catch (RuntimeException failed) {
      throw DatabaseUnavailableException.classified(failed);
    }
  }

  /** Whether the database answers a trivial query. */
  public boolean isReachable() {
    try {
      return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
    } catch (RuntimeException unreachable) {
      return false;
    }
  }

  /**
   * Opens a handle for a long run of large transactions (an import), which the caller must
   * close. On SQLite its page cache is enlarged while it is open, so that the index pages a run
   * of groups keeps touching stay in memory from one transaction to the next, and its log is
   * checkpointed less often, and its index builds sort on several threads; closing restores all
   * three before the connection returns to the pool.
   */
  public Handle openBulkHandle() {
    Handle handle = jdbi.open();
    if (isSqlite()) {
      handle.execute("PRAGMA cache_size = " + BULK_CACHE_KIB);
      handle.execute("PRAGMA wal_autocheckpoint = " + BULK_CHECKPOINT_PAGES);
      // Building an index sorts its keys: with helper threads, on more than one core.
      handle.execute("PRAGMA threads = " + Math.min(4, Runtime.getRuntime().availableProcessors()));
      handle.addCleanable(() -> restorePragmas(handle));
    }
    return handle;
  }

  private static void restorePragmas(Handle handle) {
    try {
      handle.execute("PRAGMA cache_size = " + DEFAULT_CACHE_KIB);
      handle.execute("PRAGMA wal_autocheckpoint = " + DEFAULT_CHECKPOINT_PAGES);
      handle.execute("PRAGMA threads = 0");
    } catch (RuntimeException connectionFailing) {
      // The work on it failed already and says why; larger settings on a failing connection are harmless.
    }
  }

  /** Opens a handle the caller must close; for long streaming reads. */
  public Handle openHandle() {
    return jdbi.open();
  }

  /**
   * Opens a connection of its own, outside the pool, which the caller must close: for work that
   * holds a connection for the process's life (listening for PostgreSQL's notifications), so
   * that the pool keeps all its connections for requests.
   *
   * @param purpose what it is for, shown by PostgreSQL as its application name ({@code pg_stat_activity})
   */
  public Connection openDedicatedConnection(String purpose) throws SQLException {
    Properties properties = new Properties();
    if (!isSqlite()) {
      properties.setProperty("ApplicationName", purpose);
    }
    if (location.user() != null) {
      properties.setProperty("user", location.user());
    }
    if (location.password() != null) {
      properties.setProperty("password", location.password());
    }
    return DriverManager.getConnection(location.effectiveUrl(), properties);
  }

  @Override
  public void close() {
    changes.close();
    dataSource.close();
  }
}
