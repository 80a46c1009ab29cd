package news.broadsheet.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * Backups of the embedded SQLite database, taken while the server runs, and their restore into an
 * empty data folder. A backup is SQLite's {@code VACUUM INTO} in one read transaction: a
 * consistent copy of every committed write as of its start, taken beside writers that go on. It
 * is written aside, synced and then moved into place, so a backup file is whole or absent. A
 * PostgreSQL database is backed up with PostgreSQL's own tools ({@link #postgresAdvice}).
 */
public final class DatabaseBackup {

  private static final String PARTIAL = ".partial";

  private DatabaseBackup() {}

  /**
   * Copies the database at this location into a new file.
   *
   * @throws BackupException when the database is PostgreSQL, missing, or the file exists
   */
  public static long backUp(DatabaseLocation location, Path file) {
    if (location.vendor() == DatabaseLocation.Vendor.POSTGRESQL) {
      throw new BackupException(postgresAdvice(location, file));
    }
    Path source = sqliteFile(location);
    if (!Files.isRegularFile(source)) {
      throw new BackupException("there is no database at " + source + " to back up");
    }
    if (Files.exists(file)) {
      throw new BackupException(file + " exists already; name a new file to back up into");
    }
    Path partial = file.resolveSibling(file.getFileName() + PARTIAL);
    try {
      Files.deleteIfExists(partial);
      try (Connection connection = readOnly(source); Statement statement = connection.createStatement()) {
        statement.execute("VACUUM INTO '" + partial.toAbsolutePath().toString().replace("'", "''") + "'");
      }
      syncAndMove(partial, file);
      return Files.size(file);
    } catch (SQLException | IOException failed) {
      deleteQuietly(partial);
      throw new BackupException("could not back up " + source + " into " + file + ": " + failed.getMessage(), failed);
    }
  }

  /** What to run instead on PostgreSQL: pg_dump, with the database's address and no password. */
  static String postgresAdvice(DatabaseLocation location, Path file) {
    String address = location.jdbcUrl().replaceFirst("^jdbc:", "").replaceAll("[?&]password=[^&]*", "");
    String user = location.user() == null ? "" : " --username=" + location.user();
    return "the database is PostgreSQL, which Broadsheet does not copy itself; back it up with PostgreSQL's"
        + " pg_dump instead, while the server runs: pg_dump --format=custom" + user + " --file=" + file + " '"
        + address + "' (and restore it with pg_restore into an empty database)";
  }

  /**
   * Puts a backup back as the database of an empty data folder, brought up to this version's
   * schema.
   *
   * @throws BackupException when the folder is not empty, the file is not a whole Broadsheet
   *     database, or it comes from a newer Broadsheet; the folder is left as it was
   */
  public static void restore(Path file, DatabaseLocation location) {
    if (location.vendor() == DatabaseLocation.Vendor.POSTGRESQL) {
      throw new BackupException(
          "the database is PostgreSQL; restore a pg_dump backup with PostgreSQL's pg_restore into an empty database");
    }
    if (location.jdbcUrl() != null) {
      throw new BackupException("restore goes into a data folder (--data DIR), not a --database URL");
    }
    Path folder = location.dataDir();
    RestoredFile.check(file);
    RestoredFile.requireEmpty(folder);
    Path target = sqliteFile(location);
    Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
    try {
      Files.createDirectories(folder);
      Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
      syncAndMove(partial, target);
      Database.open(location).close();
    } catch (IOException | RuntimeException failed) {
      deleteQuietly(partial);
      deleteQuietly(target);
      throw new BackupException("could not restore " + file + " into " + folder + ": " + failed.getMessage(), failed);
    }
  }

  static Path sqliteFile(DatabaseLocation location) {
    return location.jdbcUrl() == null
        ? location.dataDir().resolve(DatabaseLocation.SQLITE_FILE)
        : Path.of(location.jdbcUrl().substring("jdbc:sqlite:".length()));
  }

  static Connection readOnly(Path file) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(15_000);
    return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
  }

  private static void syncAndMove(Path partial, Path target) throws IOException {
    try (FileChannel written = FileChannel.open(partial, StandardOpenOption.WRITE)) {
      written.force(true);
    }
    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    try (FileChannel folder = FileChannel.open(target.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
      folder.force(true);
    } catch (IOException folderNotSyncable) {
      // Some file systems do not sync folders; the file itself is synced.
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // left for the operator to see; the error says what failed
    }
  }
}
