package news.broadsheet.moderation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Reads and writes the word lists, {@code moderation_words}. */
public final class WordStore {

  /** Every entry and its list, in alphabetical order. */
  public Map<String, WordList> all(Handle handle) {
    Map<String, WordList> words = new LinkedHashMap<>();
    handle
        .createQuery("SELECT word, list FROM moderation_words ORDER BY list, word")
        .map((rs, ctx) -> Map.entry(rs.getString("word"), WordList.valueOf(rs.getString("list").toUpperCase(java.util.Locale.ROOT))))
        .forEach(entry -> words.put(entry.getKey(), entry.getValue()));
    return words;
  }

  /** Puts a word on a list, moving it from the other list if it was there; true when anything changed. */
  public boolean put(Handle handle, String word, WordList list, String by, long nowMillis) {
    return handle
            .createUpdate(
                "INSERT INTO moderation_words (word, list, created_at, created_by) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (word) DO UPDATE SET list = excluded.list, created_at = excluded.created_at,"
                    + " created_by = excluded.created_by WHERE moderation_words.list <> excluded.list")
            .bind(0, word)
            .bind(1, list.code())
            .bind(2, nowMillis)
            .bind(3, by)
            .execute()
        > 0;
  }

  public boolean remove(Handle handle, String word) {
    return handle.createUpdate("DELETE FROM moderation_words WHERE word = ?").bind(0, word).execute() > 0;
  }
}
