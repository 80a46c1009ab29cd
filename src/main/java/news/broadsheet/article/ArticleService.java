package news.broadsheet.article;

import java.util.List;
import java.util.Optional;
import news.broadsheet.storage.Database;

/** What readers and the newsroom ask of stories. */
public final class ArticleService {

  private final Database database;
  private final ArticleStore store;
  private final StoryChanges changes;

  public ArticleService(Database database, ArticleStore store, StoryChanges changes) {
    this.database = database;
    this.store = store;
    this.changes = changes;
  }

  public Optional<Article> find(long id) {
    return database.read(handle -> store.find(handle, id));
  }

  /** A story readers may see: published, never a draft, a scheduled or an unpublished one. */
  public Optional<Article> findPublished(long id) {
    return find(id).filter(Article::isPublished);
  }

  /** Where a story stands with readers, or empty when there is no such story. */
  public Optional<StoryStatus> status(long id) {
    return database.read(handle -> store.commentingTerms(handle, id)).map(CommentingTerms::status);
  }

  /** The latest stories, newest publication date first. */
  public List<Article> latest(int limit, int offset) {
    return database.read(handle -> store.latest(handle, limit, offset));
  }

  /**
   * A page of the latest stories after a position in that order (the last story of the previous
   * page), or from the start when {@code after} is null.
   */
  public List<Article> latestAfter(ArticlePosition after, int limit) {
    return after == null ? latest(limit, 0) : database.read(handle -> store.latestAfter(handle, after, limit));
  }

  /** Stories published on one day, in the order they were stored. */
  public List<Article> publishedOn(java.time.LocalDate day) {
    return database.read(handle -> store.publishedOn(handle, day));
  }

  /** The latest stories of one source. */
  public List<Article> latestOf(String source, int limit, int offset) {
    return database.read(handle -> store.latestOf(handle, source, limit, offset));
  }

  public long count() {
    return database.read(handle -> store.counts(handle).articles());
  }

  /**
   * Closes or reopens a story's discussion; its pages show it on the next request.
   *
   * @return whether there is such a story
   */
  public boolean setCommentsClosed(long id, boolean closed) {
    return database.inTransaction(
        handle -> {
          boolean found = store.setCommentsClosed(handle, id, closed);
          if (found) {
            changes.changed(handle, id);
          }
          return found;
        });
  }

  public boolean isEmpty() {
    return database.read(handle -> store.counts(handle).articles() == 0);
  }
}
