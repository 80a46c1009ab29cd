package news.broadsheet.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The index in PostgreSQL: a tsvector a document, with a GIN index for each side of visible. */
final class PostgresIndexStore implements IndexStore {

  @Override
  public List<QueuedItem> queued(Handle handle, int limit, boolean newestFirst, boolean claim) {
    return handle.createQuery("SELECT seq, kind, item_id FROM search_queue ORDER BY seq " + (newestFirst ? "DESC" : "ASC")
            + " LIMIT ?" + (claim ? " FOR UPDATE SKIP LOCKED" : ""))
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
    String terms = tsvector(document);
    long key = document.key();
    while (!insert(handle, document, key, terms)) {
      key = DocumentKey.next(key);
    }
  }

  private static boolean insert(Handle handle, SearchDocument document, long key, String terms) {
    return handle.createUpdate("INSERT INTO search_documents (id, kind, item_id, article_id, visible, terms)"
            + " VALUES (?, ?, ?, ?, ?, CAST(? AS tsvector)) ON CONFLICT (id) DO NOTHING")
        .bind(0, key)
        .bind(1, document.kind().code())
        .bind(2, document.itemId())
        .bind(3, document.articleId())
        .bind(4, document.visible())
        .bind(5, terms)
        .execute() == 1;
  }

  /** The document as a tsvector literal: words with their positions, variants and facets without. */
  static String tsvector(SearchDocument document) {
    Map<String, List<Integer>> positions = new LinkedHashMap<>();
    List<String> words = document.words();
    for (int i = 0; i < words.size(); i++) {
      if (!words.get(i).equals(SearchDocument.GAP)) {
        positions.computeIfAbsent(words.get(i), w -> new ArrayList<>()).add(i + 1);
      }
    }
    StringBuilder literal = new StringBuilder();
    positions.forEach((term, at) -> {
      literal.append(TsQuery.lexeme(term)).append(':');
      for (int i = 0; i < at.size(); i++) {
        literal.append(i == 0 ? "" : ",").append(at.get(i));
      }
      literal.append(' ');
    });
    document.variants().forEach(v -> literal.append(TsQuery.lexeme(TsQuery.VARIANT + v)).append(' '));
    document.facets().forEach(f -> literal.append(TsQuery.lexeme(TsQuery.FACET + f)).append(' '));
    return literal.toString();
  }

  @Override
  public List<Long> newest(Handle handle, Match match, boolean visible, long low, long high, int limit) {
    return handle.createQuery("SELECT id FROM search_documents WHERE " + (visible ? "visible" : "NOT visible")
            + " AND terms @@ CAST(? AS tsquery) AND id BETWEEN ? AND ? ORDER BY id DESC LIMIT ?")
        .bind(0, TsQuery.of(match))
        .bind(1, low)
        .bind(2, high)
        .bind(3, limit)
        .mapTo(Long.class)
        .list();
  }
}
