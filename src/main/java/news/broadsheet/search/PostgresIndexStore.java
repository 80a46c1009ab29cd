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

  static final int FIRST_WINDOW = 200;
  static final int MOST_SCANNED = 20_000;

  private final int firstWindow;
  private final int mostScanned;

  PostgresIndexStore() {
    this(FIRST_WINDOW, MOST_SCANNED);
  }

  /** With windows of other sizes (tests read many windows of a small index). */
  PostgresIndexStore(int firstWindow, int mostScanned) {
    this.firstWindow = firstWindow;
    this.mostScanned = mostScanned;
  }

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
   * The newest matches, read window by window from the newest documents backwards: a first window
   * of {@value #FIRST_WINDOW} documents, then one as large as the matches found so far say is
   * needed for the rest. Each window reads a bounded number of documents whatever the words, so a
   * common word, or a phrase of common words, costs little; when the windows show the matches to
   * be too rare for that (more than {@value #MOST_SCANNED} documents to read), the rest is read
   * through the GIN index ({@link #throughIndex}). Stories alone are read through an index of
   * their own (V44): they are 1 % of the documents. This replaces the planner's choice between
   * the two, which went wrong when it misjudged how many documents match (a phrase of common words
   * in 10 % of documents, judged to be in 0.1 %, took 1.8 s through the GIN index and a check of
   * 100,000 documents' positions).
   */
  @Override
  public List<Long> newest(Handle handle, Match match, boolean visible, long low, long high, int limit) {
    String query = TsQuery.of(match);
    String documents = (visible ? "visible" : "NOT visible")
        + (visible && match.facets().contains(Facets.kind(DocumentKind.STORY)) ? " AND kind = 'story'" : "");
    List<Long> found = new ArrayList<>(limit);
    long top = high;
    long scanned = 0;
    int window = firstWindow;
    while (true) {
      Long boundary = window(handle, query, documents, low, top, window, limit - found.size(), found);
      scanned += window;
      if (found.size() >= limit || boundary == null) {
        return found;
      }
      top = boundary - 1;
      long needed = found.isEmpty() ? Long.MAX_VALUE : 2 * (limit - found.size()) * scanned / found.size();
      if (needed > mostScanned - scanned) {
        found.addAll(throughIndex(handle, query, documents, low, top, limit - found.size()));
        return found;
      }
      window = (int) Math.max(needed, firstWindow);
    }
  }

  /**
   * Adds to found the matches among the newest {@code window} documents in [low, high], up to
   * {@code wanted}; returns the oldest document of the window when it was full and fewer were
   * found than wanted, else null. Its plan is the same whatever the words: a backward scan.
   */
  private static Long window(Handle handle, String query, String documents, long low, long high, int window, int wanted,
      List<Long> found) {
    Long[] boundary = {null};
    int[] hits = {0};
    handle.createQuery("SELECT id, terms @@ CAST(:query AS tsquery) AS hit, n FROM (SELECT id, terms,"
            + " row_number() OVER (ORDER BY id DESC) AS n FROM search_documents WHERE " + documents
            + " AND id BETWEEN :low AND :high ORDER BY id DESC LIMIT :window) recent"
            + " WHERE n = :window OR terms @@ CAST(:query AS tsquery) ORDER BY id DESC LIMIT :rows")
        .bind("query", query)
        .bind("low", low)
        .bind("high", high)
        .bind("window", (long) window)
        .bind("rows", wanted + 1)
        .map((rs, ctx) -> {
          if (rs.getBoolean("hit") && hits[0] < wanted) {
            found.add(rs.getLong("id"));
            hits[0]++;
          }
          if (rs.getLong("n") == window) {
            boundary[0] = rs.getLong("id");
          }
          return null;
        })
        .list();
    return hits[0] < wanted ? boundary[0] : null;
  }

  /**
   * The newest matches in [low, high], which the windows found rare: from the GIN index, sorted.
   * The order is by {@code id + 0}, which the id's index cannot give, so that the planner does not
   * read that index backwards in the hope of finding them soon (after a reindex with pair terms,
   * it judged a word no document has common enough for that, and read all of a million documents,
   * 5 s). Planned for its own words each time (a plan prepared on the server for other words may
   * read every match of a common word).
   */
  private static List<Long> throughIndex(Handle handle, String query, String documents, long low, long high, int limit) {
    return handle.createQuery("SELECT id FROM search_documents WHERE " + documents
            + " AND terms @@ CAST(? AS tsquery) AND id BETWEEN ? AND ? ORDER BY id + 0 DESC LIMIT ?")
        .addCustomizer(PLANNED_EACH_TIME)
        .bind(0, query)
        .bind(1, low)
        .bind(2, high)
        .bind(3, limit)
        .mapTo(Long.class)
        .list();
  }
}
