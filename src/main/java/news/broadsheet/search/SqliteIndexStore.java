package news.broadsheet.search;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The index in SQLite FTS5: search_public for what readers may see, search_staff for the rest. A
 * batch is written statement by statement, each prepared once for the batch (SQLite runs in the
 * process: there is no round trip to save).
 */
final class SqliteIndexStore implements IndexStore {

  @Override
  public int write(Handle handle, List<Indexed> batch) {
    List<Indexed> taken = taken(handle, batch);
    PreparedBatch removed = handle.prepareBatch("DELETE FROM search_documents WHERE kind = ? AND item_id = ?");
    taken.forEach(i -> removed.bind(0, i.item().kind().code()).bind(1, i.item().itemId()).add());
    execute(removed);
    List<SearchDocument> documents = taken.stream().map(Indexed::document).filter(d -> d != null).toList();
    PreparedBatch inserted = handle.prepareBatch("INSERT INTO search_documents (id, kind, item_id, article_id, visible)"
        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING");
    documents.forEach(d -> bindDocument(inserted, d, d.key()).add());
    int[] insertedCounts = execute(inserted);
    List<SearchDocument> written = new ArrayList<>(documents.size());
    for (int i = 0; i < documents.size(); i++) {
      written.add(insertedCounts[i] == 1 ? documents.get(i) : withFreeKey(handle, documents.get(i)));
    }
    for (boolean visible : new boolean[] {true, false}) {
      PreparedBatch terms = handle.prepareBatch("INSERT INTO " + table(visible) + " (rowid, words, variants, facets) VALUES (?, ?, ?, ?)");
      written.stream().filter(d -> d.visible() == visible).forEach(d -> terms.bind(0, d.key())
          .bind(1, String.join(" ", d.words())).bind(2, unordered(d)).bind(3, String.join(" ", d.facets())).add());
      execute(terms);
    }
    return taken.size();
  }

  /** The variants column: the words' variant keys, then the document's pair terms (terms whose order does not count). */
  private static String unordered(SearchDocument document) {
    StringBuilder column = new StringBuilder(String.join(" ", document.variants()));
    document.pairs().forEach(pair -> column.append(' ').append(pair));
    return column.toString();
  }

  private static List<Indexed> taken(Handle handle, List<Indexed> batch) {
    PreparedBatch take = handle.prepareBatch("DELETE FROM search_queue WHERE kind = ? AND item_id = ? AND seq = ?");
    batch.forEach(i -> take.bind(0, i.item().kind().code()).bind(1, i.item().itemId()).bind(2, i.item().seq()).add());
    int[] counts = execute(take);
    List<Indexed> taken = new ArrayList<>(batch.size());
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 1) {
        taken.add(batch.get(i));
      }
    }
    return taken;
  }

  private static int[] execute(PreparedBatch batch) {
    return batch.size() == 0 ? new int[0] : batch.execute();
  }

  /** The document under the next free id of its second (another document holds its own). */
  private static SearchDocument withFreeKey(Handle handle, SearchDocument document) {
    long key = DocumentKey.next(document.key());
    while (bindDocument(handle.createUpdate("INSERT INTO search_documents (id, kind, item_id, article_id, visible)"
        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"), document, key).execute() == 0) {
      key = DocumentKey.next(key);
    }
    return document.withKey(key);
  }

  private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindDocument(S statement, SearchDocument d, long key) {
    return statement.bind(0, key).bind(1, d.kind().code()).bind(2, d.itemId()).bind(3, d.articleId()).bind(4, d.visible() ? 1 : 0);
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
