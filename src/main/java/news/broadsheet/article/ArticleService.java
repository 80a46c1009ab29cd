package news.broadsheet.article;

import java.util.List;
import java.util.Optional;
import news.broadsheet.storage.Database;

/** What readers and the newsroom ask of stories. */
public final class ArticleService {

  private final Database database;
  private final ArticleStore store;

  public ArticleService(Database database, ArticleStore store) {
    this.database = database;
    this.store = store;
  }

  public Optional<Article> find(long id) {
    return database.read(handle -> store.find(handle, id));
  }

  /** The latest stories, newest publication date first. */
  public List<Article> latest(int limit, int offset) {
    return database.read(handle -> store.latest(handle, limit, offset));
  }

  public boolean isEmpty() {
    return database.read(handle -> store.counts(handle).articles() == 0);
  }
}
