package news.broadsheet.comment;

import org.jdbi.v3.core.Handle;

/**
 * Told of every comment an import stores, inside the import's transaction. Counts of comments
 * that triggers keep for comments posted on the site are kept here for imported ones, grouped:
 * a trigger a row would cost an import of a million comments several times its own work.
 */
public interface ImportedComments {

  /** Nothing counts imported comments. */
  ImportedComments NONE = handle -> new Tally() {
    @Override
    public void stored(String source, NewComment comment) {}

    @Override
    public void close() {}
  };

  /** Counting for one transaction. */
  Tally open(Handle handle);

  /** The comments one transaction stores; closing it writes the counts, before the transaction commits. */
  interface Tally extends AutoCloseable {

    /** A comment of a story of this source, just stored. */
    void stored(String source, NewComment comment);

    @Override
    void close();
  }
}
