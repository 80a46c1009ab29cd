package news.broadsheet.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/** What a restore checks before it changes anything: the backup file, and the folder it goes into. */
final class RestoredFile {

  private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private RestoredFile() {}

  /** A whole SQLite database of Broadsheet's, from this version or an older one. */
  static void check(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BackupException(file + " is not a file");
    }
    if (!startsWithSqliteHeader(file)) {
      throw new BackupException(file + " is not a Broadsheet backup: it is not an SQLite database");
    }
    try (Connection connection = DatabaseBackup.readOnly(file); Statement statement = connection.createStatement()) {
      requireWhole(file, statement);
      requireBroadsheet(file, statement);
      requireKnownSchema(file);
    } catch (SQLException unreadable) {
      throw new BackupException(file + " cannot be read as a database: " + unreadable.getMessage(), unreadable);
    }
  }

  static void requireEmpty(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    if (!Files.isDirectory(folder)) {
      throw new BackupException(folder + " is not a folder");
    }
    try (Stream<Path> entries = Files.list(folder)) {
      String held = entries.map(p -> p.getFileName().toString()).sorted().limit(3).reduce((a, b) -> a + ", " + b).orElse("");
      if (!held.isEmpty()) {
        throw new BackupException(
            "the data folder " + folder + " is not empty (it holds " + held + "); restore goes into an empty or new"
                + " folder only, so that no database is overwritten");
      }
    } catch (IOException unreadable) {
      throw new BackupException("cannot read the data folder " + folder + ": " + unreadable.getMessage(), unreadable);
    }
  }

  private static boolean startsWithSqliteHeader(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
    } catch (IOException unreadable) {
      throw new BackupException("cannot read " + file + ": " + unreadable.getMessage(), unreadable);
    }
  }

  private static void requireWhole(Path file, Statement statement) throws SQLException {
    try (ResultSet check = statement.executeQuery("PRAGMA quick_check")) {
      String verdict = check.next() ? check.getString(1) : "no answer";
      if (!"ok".equals(verdict)) {
        throw new BackupException(file + " is damaged (SQLite's check says: " + verdict + ")");
      }
    }
  }

  private static void requireBroadsheet(Path file, Statement statement) throws SQLException {
    try (ResultSet tables =
        statement.executeQuery(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
                + " AND name IN ('flyway_schema_history', 'articles', 'comments')")) {
      if (!tables.next() || tables.getInt(1) != 3) {
        throw new BackupException(file + " is not a Broadsheet backup: it has no stories, comments and schema history");
      }
    }
  }

  /** Refuses a database with migrations this version does not know: it comes from a newer Broadsheet. */
  private static void requireKnownSchema(Path file) {
    MigrationInfo[] applied =
        Flyway.configure()
            .dataSource("jdbc:sqlite:" + file, null, null)
            .locations("classpath:db/migration/sqlite")
            .load()
            .info()
            .applied();
    String newer =
        Arrays.stream(applied)
            .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
            .map(m -> m.getVersion().getVersion())
            .reduce((a, b) -> b)
            .orElse(null);
    if (newer != null) {
      throw new BackupException(
          file + " comes from a newer Broadsheet (its schema has version " + newer + ", which this one does not"
              + " know); restore it with that version or a later one");
    }
  }
}
