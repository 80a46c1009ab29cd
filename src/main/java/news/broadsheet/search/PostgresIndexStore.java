package news.broadsheet.search;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.postgresql.PGStatement;

/** The index in PostgreSQL: a tsvector a document, with a GIN index for each side of visible. */
final class PostgresIndexStore implements IndexStore {

  private static final StatementCustomizer PLANNED_EACH_TIME = new StatementCustomizer() {
    @Override
    public void beforeExecution(PreparedStatement statement, StatementContext context) throws SQLException {
      statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }
  };

  /** Writes the batch in one round trip, through the function search_write (migration V41). */
  @Override
  public int write(Handle handle, List<Indexed> batch) {
    int size = batch.size();
    String[] kinds = new String[size];
    Long[] itemIds = new Long[size];
    Long[] seqs = new Long[size];
    Long[] keys = new Long[size];
    Long[] articles = new Long[size];
    Boolean[] visible = new Boolean[size];
    String[] terms = new String[size];
    for (int i = 0; i < size; i++) {
      QueuedItem item = batch.get(i).item();
      SearchDocument document = batch.get(i).document();
      kinds[i] = item.kind().code();
      itemIds[i] = item.itemId();
      seqs[i] = item.seq();
      keys[i] = document == null ? null : document.key();
      articles[i] = document == null ? null : document.articleId();
      visible[i] = document == null ? null : document.visible();
      terms[i] = document == null ? null : tsvector(document);
    }
    return handle.createQuery("SELECT search_write(CAST(:kinds AS text[]), :itemIds, :seqs, :keys, :articles, :visible,"
            + " CAST(:terms AS text[]))")
        .bindArray("kinds", String.class, (Object[]) kinds)
        .bindArray("itemIds", Long.class, (Object[]) itemIds)
        .bindArray("seqs", Long.class, (Object[]) seqs)
        .bindArray("keys", Long.class, (Object[]) keys)
        .bindArray("articles", Long.class, (Object[]) articles)
        .bindArray("visible", Boolean.class, (Object[]) visible)
        .bindArray("terms", String.class, (Object[]) terms)
        .mapTo(Integer.class)
        .one();
  }

  /** The document as a tsvector literal: words with their positions; variants, pairs and facets without. */
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
    document.pairs().forEach(p -> literal.append(TsQuery.lexeme(p)).append(' '));
    document.facets().forEach(f -> literal.append(TsQuery.lexeme(TsQuery.FACET + f)).append(' '));
    return literal.toString();
  }

  /**
   * Planned for its own words each time, never by a plan prepared for others: the best plan differs
   * by how common the words are (for a common word, the newest documents read backwards until
   * enough match; for a rare one, its few matches from the GIN index), and a plan kept for every
   * search (the driver prepares a statement on the server after five runs, and the server then
   * may plan it once for any words) read every match of a common word, 1 s at a time.
   */
  @Override
  public List<Long> newest(Handle handle, Match match, boolean visible, long low, long high, int limit) {
    return handle.createQuery("SELECT id FROM search_documents WHERE " + (visible ? "visible" : "NOT visible")
            + " AND terms @@ CAST(? AS tsquery) AND id BETWEEN ? AND ? ORDER BY id DESC LIMIT ?")
        .addCustomizer(PLANNED_EACH_TIME)
        .bind(0, TsQuery.of(match))
        .bind(1, low)
        .bind(2, high)
        .bind(3, limit)
        .mapTo(Long.class)
        .list();
  }
}
