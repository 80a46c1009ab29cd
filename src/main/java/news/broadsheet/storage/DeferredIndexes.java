package news.broadsheet.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * A table's indexes and constraints set aside inside a transaction for a bulk load, to be built
 * once from all the rows instead of kept up to date row by row, then {@link #restore restored}
 * exactly as they were (their definitions are read from the database's catalogue, so they follow
 * the migrations). Dropping and restoring happen in the caller's transaction: until it commits,
 * other connections see the table with everything in place, and a transaction that fails or is
 * killed leaves it as it was.
 *
 * <p>What is set aside: on SQLite, the table's plain (not partial) indexes that are not its
 * table constraints (those cannot be dropped without rebuilding the table); on PostgreSQL, its
 * plain secondary indexes, its unique constraints and its foreign keys (whose per-row checks cost
 * a bulk load more than the rows themselves; restoring them checks every row at once). Partial
 * indexes stay: the rows a bulk load writes are not in them. While set aside, a lookup that
 * needed one of them reads the whole table, and on PostgreSQL the table is locked for the
 * transaction: other sessions wait for it to commit.
 *
 * <p>The insert triggers the caller names are set aside too, and are not run for the rows loaded:
 * the caller must do, for all the rows at once, what they would have done row by row. Every other
 * trigger of the table stays and runs for each row as usual (a {@code COPY} fires them too), so
 * that a trigger added later is honoured by a bulk load without its knowing.
 */
public final class DeferredIndexes {

  private static final String SQLITE_INDEXES =
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"
          + " AND sql NOT LIKE '% WHERE %' ORDER BY name";
  private static final String POSTGRES_INDEXES =
      "SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
          + " WHERE i.indrelid = CAST(? AS regclass) AND NOT i.indisprimary AND i.indpred IS NULL"
          + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)"
          + " ORDER BY c.relname";
  private static final String SQLITE_INSERT_TRIGGERS =
      "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND sql LIKE '% INSERT ON %'"
          + " ORDER BY name";
  private static final String POSTGRES_INSERT_TRIGGERS =
      "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid = CAST(? AS regclass) AND NOT tgisinternal"
          + " AND (tgtype & 4) <> 0 ORDER BY tgname";
  private static final String POSTGRES_CONSTRAINTS =
      "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = CAST(? AS regclass)"
          + " AND contype IN ('u', 'f') ORDER BY contype DESC, conname";

  private final Handle handle;
  private final List<String> restoring;

  private DeferredIndexes(Handle handle, List<String> restoring) {
    this.handle = handle;
    this.restoring = restoring;
  }

  /**
   * Sets the table's indexes aside in the handle's open transaction, and those of its insert
   * triggers that are named (a name the table has not is passed over).
   */
  public static DeferredIndexes setAside(Handle handle, String table, boolean sqlite, Set<String> triggers) {
    List<String> drops = new ArrayList<>();
    List<String> restores = new ArrayList<>();
    for (List<String> trigger : definitions(handle, sqlite ? SQLITE_INSERT_TRIGGERS : POSTGRES_INSERT_TRIGGERS, table)) {
      if (!triggers.contains(trigger.get(0))) {
        continue;
      }
      drops.add("DROP TRIGGER \"" + trigger.get(0) + "\"" + (sqlite ? "" : " ON " + table));
      restores.add(trigger.get(1));
    }
    if (sqlite) {
      for (List<String> index : definitions(handle, SQLITE_INDEXES, table)) {
        drops.add("DROP INDEX \"" + index.get(0) + "\"");
        restores.add(index.get(1));
      }
    } else {
      for (List<String> index : definitions(handle, POSTGRES_INDEXES, table)) {
        drops.add("DROP INDEX \"" + index.get(0) + "\"");
        restores.add(index.get(1));
      }
      // unique constraints first ('u' sorts after 'f', hence DESC), then foreign keys
      for (List<String> constraint : definitions(handle, POSTGRES_CONSTRAINTS, table)) {
        drops.add("ALTER TABLE " + table + " DROP CONSTRAINT \"" + constraint.get(0) + "\"");
        restores.add("ALTER TABLE " + table + " ADD CONSTRAINT \"" + constraint.get(0) + "\" " + constraint.get(1));
      }
      // Building indexes from many rows sorts them in memory when it can (the default is 64 MB).
      restores.add(0, "SET LOCAL maintenance_work_mem = '256MB'");
    }
    drops.forEach(handle::execute);
    return new DeferredIndexes(handle, restores);
  }

  /** Builds what was set aside, from the rows now in the table. */
  public void restore() {
    restoring.forEach(handle::execute);
    restoring.clear();
  }

  private static List<List<String>> definitions(Handle handle, String query, String table) {
    return handle.createQuery(query).bind(0, table).map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2))).list();
  }
}
