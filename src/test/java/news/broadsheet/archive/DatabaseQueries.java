package news.broadsheet.archive;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.storage.DatabaseLocation;

/** Reads and changes a test database over a connection of its own, outside the application's pool. */
final class DatabaseQueries {

  private DatabaseQueries() {}

  /** The comments table's indexes, constraints and triggers, as the database's catalogue defines them. */
  static List<String> commentsSchema(DatabaseLocation location) throws SQLException {
    return rows(
        location,
        location.vendor() == DatabaseLocation.Vendor.SQLITE
            ? "SELECT name || ' ' || COALESCE(sql, 'automatic') FROM sqlite_master WHERE tbl_name = 'comments' ORDER BY name"
            : "SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE tablename = 'comments' UNION ALL"
                + " SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
                + " WHERE conrelid = 'comments'::regclass UNION ALL"
                + " SELECT tgname || ' ' || pg_get_triggerdef(oid) FROM pg_trigger"
                + " WHERE tgrelid = 'comments'::regclass AND NOT tgisinternal ORDER BY 1");
  }

  static long count(DatabaseLocation location, String query) throws SQLException {
    return Long.parseLong(rows(location, query).get(0));
  }

  static List<String> rows(DatabaseLocation location, String query) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection connection = connect(location);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        lines.add(rows.getString(1));
      }
    }
    return lines;
  }

  static void execute(DatabaseLocation location, List<String> statements) throws SQLException {
    try (Connection connection = connect(location);
        Statement statement = connection.createStatement()) {
      for (String one : statements) {
        statement.execute(one);
      }
    }
  }

  /** A connection of its own, outside the application's pool. */
  static Connection connect(DatabaseLocation location) throws SQLException {
    return location.vendor() == DatabaseLocation.Vendor.SQLITE
        ? DriverManager.getConnection("jdbc:sqlite:" + location.dataDir().resolve(DatabaseLocation.SQLITE_FILE))
        : DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
  }
}
