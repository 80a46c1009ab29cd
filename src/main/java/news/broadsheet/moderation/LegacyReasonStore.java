package news.broadsheet.moderation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import news.broadsheet.comment.ReasonCodec;

/**
 * Converts the reasons older versions stored as words into typed reasons, once, for the migration
 * {@code V61__Typed_reasons}: a comment's reasons, and the reasons of screening's and readers'
 * entries in the audit trail, which move from {@code reason} (kept for a person's own words) to
 * {@code reasons}. Rows are read and written a page at a time, by id.
 */
public final class LegacyReasonStore {

  private static final int PAGE = 500;

  private LegacyReasonStore() {}

  /** Converts every row in the migration's transaction; rows already typed are left alone. */
  public static void convert(Connection connection) throws SQLException {
    convert(connection,
        "SELECT id, reasons FROM comments WHERE id > ? AND reasons <> '' AND reasons NOT LIKE '[%' ORDER BY id LIMIT ?",
        "UPDATE comments SET reasons = ? WHERE id = ?");
    convert(connection,
        "SELECT id, CASE WHEN actor_kind = 'readers' THEN 'held: ' || reason ELSE reason END FROM moderation_events"
            + " WHERE id > ? AND actor_kind IN ('screening', 'readers') AND reason <> '' ORDER BY id LIMIT ?",
        "UPDATE moderation_events SET reasons = ?, reason = '' WHERE id = ?");
  }

  private static void convert(Connection connection, String select, String update) throws SQLException {
    long after = 0;
    Map<Long, String> page;
    do {
      page = page(connection, select, after);
      try (PreparedStatement write = connection.prepareStatement(update)) {
        for (Map.Entry<Long, String> row : page.entrySet()) {
          write.setString(1, ReasonCodec.encode(ReasonCodec.decode(row.getValue())));
          write.setLong(2, row.getKey());
          write.addBatch();
          after = row.getKey();
        }
        write.executeBatch();
      }
    } while (page.size() == PAGE);
  }

  private static Map<Long, String> page(Connection connection, String select, long after) throws SQLException {
    Map<Long, String> rows = new LinkedHashMap<>();
    try (PreparedStatement read = connection.prepareStatement(select)) {
      read.setLong(1, after);
      read.setInt(2, PAGE);
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          rows.put(rs.getLong(1), rs.getString(2));
        }
      }
    }
    return rows;
  }
}
