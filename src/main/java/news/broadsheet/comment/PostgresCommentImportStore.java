package news.broadsheet.comment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.storage.CopyRows;
import org.jdbi.v3.core.Handle;

/**
 * PostgreSQL's import of comments, through {@code COPY}: a new story's comments go straight into
 * the table; the comments of a story stored before go into a temporary table of the transaction
 * first, and from there into the table in one statement that keeps only those whose identity is
 * not stored yet, in the order of the files (so that of two files of one story, the first adds a
 * comment both hold).
 */
final class PostgresCommentImportStore implements CommentImportStore {

  private static final String COLUMNS =
      "article_id, parent_id, name, posted_at, posted_local, body, status, origin, identity, occurrence, created_at";
  private static final String COPY_NEW = "COPY comments (" + COLUMNS + ") FROM STDIN";
  private static final String CREATE_STAGING =
      "CREATE TEMPORARY TABLE import_merge (file INTEGER NOT NULL, article_id BIGINT NOT NULL, parent_id BIGINT,"
          + " name TEXT NOT NULL, posted_at BIGINT NOT NULL, posted_local TEXT NOT NULL, body TEXT NOT NULL,"
          + " status TEXT NOT NULL, origin TEXT NOT NULL, identity TEXT NOT NULL, occurrence INTEGER NOT NULL,"
          + " created_at BIGINT NOT NULL) ON COMMIT DROP";
  private static final String COPY_STAGING = "COPY import_merge (file, " + COLUMNS + ") FROM STDIN";
  private static final String MERGE =
      "WITH added AS (INSERT INTO comments (" + COLUMNS + ") SELECT " + COLUMNS + " FROM import_merge ORDER BY file"
          + " ON CONFLICT (article_id, identity, occurrence) DO NOTHING RETURNING article_id, identity, occurrence)"
          + " SELECT first.file, COUNT(*) FROM added JOIN (SELECT article_id, identity, occurrence, MIN(file) AS file"
          + " FROM import_merge GROUP BY article_id, identity, occurrence) first USING (article_id, identity, occurrence)"
          + " GROUP BY first.file";
  /** Rows are sent once this many bytes wait (and at the end), so an import's memory stays small. */
  private static final int SEND_AT_BYTES = 8 << 20;

  private final Handle handle;
  private final CopyRows newRows = new CopyRows();
  private final CopyRows mergeRows = new CopyRows();
  private final Map<Integer, Integer> merging = new HashMap<>();
  private boolean staging;

  PostgresCommentImportStore(Handle handle) {
    this.handle = handle;
  }

  @Override
  public void insertAll(List<NewComment> comments, long nowMillis) {
    for (NewComment comment : comments) {
      row(newRows, comment, nowMillis);
    }
    if (newRows.size() >= SEND_AT_BYTES) {
      newRows.copyInto(handle, COPY_NEW);
    }
  }

  @Override
  public void merge(int file, List<NewComment> comments, long nowMillis) {
    merging.put(file, 0);
    if (!staging) {
      handle.execute(CREATE_STAGING);
      staging = true;
    }
    for (NewComment comment : comments) {
      row(mergeRows.number(file), comment, nowMillis);
    }
    if (mergeRows.size() >= SEND_AT_BYTES) {
      mergeRows.copyInto(handle, COPY_STAGING);
    }
  }

  @Override
  public void flush() {
    newRows.copyInto(handle, COPY_NEW);
    mergeRows.copyInto(handle, COPY_STAGING);
  }

  @Override
  public Map<Integer, Integer> finish() {
    flush();
    if (merging.isEmpty()) {
      return Map.of();
    }
    handle.createQuery(MERGE).map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getInt(2))).forEach(
        added -> merging.put(added.getKey(), added.getValue()));
    handle.execute("TRUNCATE import_merge");
    Map<Integer, Integer> counts = Map.copyOf(merging);
    merging.clear();
    return counts;
  }

  private static void row(CopyRows rows, NewComment comment, long now) {
    rows.number(comment.articleId())
        .number(comment.parentId())
        .text(comment.name())
        .number(comment.postedAt().toEpochMilli())
        .text(comment.postedLocal().toString())
        .text(comment.text())
        .text(comment.status().code())
        .text(comment.origin().code())
        .text(comment.identity().digest())
        .number(comment.identity().occurrence())
        .number(now)
        .endRow();
  }

  @Override
  public void close() {}
}
