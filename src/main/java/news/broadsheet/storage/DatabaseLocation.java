package news.broadsheet.storage;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the data lives: the embedded SQLite file under a data folder, or a PostgreSQL server
 * named by a JDBC URL (user and password may be in the URL or given apart).
 */
public record DatabaseLocation(Path dataDir, String jdbcUrl, String user, String password) {

  public static final String SQLITE_FILE = "broadsheet.db";

  public DatabaseLocation {
    Objects.requireNonNull(dataDir, "dataDir");
    if (jdbcUrl != null && jdbcUrl.isBlank()) {
      jdbcUrl = null;
    }
    if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:postgresql:") && !jdbcUrl.startsWith("jdbc:sqlite:")) {
      throw new IllegalArgumentException(
          "--database must be a jdbc:postgresql:// or jdbc:sqlite: URL, not '" + jdbcUrl + "'");
    }
  }

  public static DatabaseLocation embedded(Path dataDir) {
    return new DatabaseLocation(dataDir, null, null, null);
  }

  public Vendor vendor() {
    return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:") ? Vendor.POSTGRESQL : Vendor.SQLITE;
  }

  String effectiveUrl() {
    return jdbcUrl != null ? jdbcUrl : "jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE);
  }

  /** How to name this location to a person, without any password. */
  public String describe() {
    return vendor() == Vendor.SQLITE ? effectiveUrl() : effectiveUrl().replaceAll("password=[^&]*", "password=***");
  }

  public enum Vendor {
    SQLITE,
    POSTGRESQL
  }
}
