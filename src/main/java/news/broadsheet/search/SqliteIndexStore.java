package news.broadsheet.search;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** The index in SQLite FTS5: search_public for what readers may see, search_staff for the rest. */
final class SqliteIndexStore implements IndexStore {

  @Override
  public List<QueuedItem> queued(Handle handle, int limit, boolean newestFirst, boolean claim) {
    return handle.createQuery("SELECT seq, kind, item_id FROM search_queue ORDER BY seq " + (newestFirst ? "DESC" : "ASC") + " LIMIT ?")
        .bind(0, limit)
        .map((rs, ctx) -> new QueuedItem(rs.getLong("seq"), DocumentKind.fromCode(rs.getString("kind")), rs.getLong("item_id")))
        .list();
  }

  @Override
  public void replace(Handle handle, SearchDocument document) {
    handle.createUpdate("DELETE FROM search_documents WHERE kind = ? AND item_id = ?")
        .bind(0, document.kind().code())
        .bind(1, document.itemId())
        .execute();
    long key = document.key();
    while (!insertDocument(handle, document, key)) {
      key = DocumentKey.next(key);
    }
    handle.createUpdate("INSERT INTO " + table(document.visible()) + " (rowid, words, variants, facets) VALUES (?, ?, ?, ?)")
        .bind(0, key)
        .bind(1, String.join(" ", document.words()))
        .bind(2, String.join(" ", document.variants()))
        .bind(3, String.join(" ", document.facets()))
        .execute();
  }

  private static boolean insertDocument(Handle handle, SearchDocument document, long key) {
    return handle.createUpdate("INSERT INTO search_documents (id, kind, item_id, article_id, visible) VALUES (?, ?, ?, ?, ?)"
            + " ON CONFLICT (id) DO NOTHING")
        .bind(0, key)
        .bind(1, document.kind().code())
        .bind(2, document.itemId())
        .bind(3, document.articleId())
        .bind(4, document.visible() ? 1 : 0)
        .execute() == 1;
  }

  @Override
  public List<Long> newest(Handle handle, Match match, boolean visible, long low, long high, int limit) {
    String table = table(visible);
    return handle.createQuery("SELECT rowid FROM " + table + " WHERE " + table + " MATCH ? AND rowid BETWEEN ? AND ?"
            + " ORDER BY rowid DESC LIMIT ?")
        .bind(0, Fts5Query.of(match))
        .bind(1, low)
        .bind(2, high)
        .bind(3, limit)
        .mapTo(Long.class)
        .list();
  }

  private static String table(boolean visible) {
    return visible ? "search_public" : "search_staff";
  }
}
