package news.broadsheet.comment;

import java.util.List;
import java.util.Map;

/**
 * Stores the comments of imported files inside the caller's transaction, by the identity rules
 * of the format, with statements prepared once for all the files of the transaction. Each file
 * is known by a number the caller gives it. Close it before the transaction ends.
 */
public interface CommentImportStore extends AutoCloseable {

  /**
   * Stores every comment of a story that this transaction stored for the first time: none of them
   * can be stored already (a file's comments differ by identity and occurrence). May wait, to be
   * sent with others, until {@link #flush} or {@link #finish}.
   */
  void insertAll(List<NewComment> comments, long nowMillis);

  /**
   * Stores the comments of a story stored before that are not stored yet (by identity); how
   * many were new is known once {@link #finish} returns.
   */
  void merge(int file, List<NewComment> comments, long nowMillis);

  /** Sends what waits that can be sent before the transaction's end. */
  void flush();

  /**
   * Sends everything that waits, merges included (their identities must be unique again by then).
   *
   * @return how many comments were new, by file number, for every file merged since the last call
   */
  Map<Integer, Integer> finish();

  @Override
  void close();
}
