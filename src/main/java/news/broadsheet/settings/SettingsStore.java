package news.broadsheet.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Reads and writes the {@code settings} table: values changed from their defaults. */
public final class SettingsStore {

  public Map<String, String> all(Handle handle) {
    Map<String, String> values = new LinkedHashMap<>();
    handle
        .createQuery("SELECT key, value FROM settings ORDER BY key")
        .map((rs, ctx) -> Map.entry(rs.getString("key"), rs.getString("value")))
        .forEach(entry -> values.put(entry.getKey(), entry.getValue()));
    return values;
  }

  public void put(Handle handle, String key, String value, String by, long nowMillis) {
    handle
        .createUpdate(
            "INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
                + " updated_at = excluded.updated_at, updated_by = excluded.updated_by")
        .bind(0, key)
        .bind(1, value)
        .bind(2, nowMillis)
        .bind(3, by)
        .execute();
  }

  public void remove(Handle handle, String key) {
    handle.createUpdate("DELETE FROM settings WHERE key = ?").bind(0, key).execute();
  }
}
