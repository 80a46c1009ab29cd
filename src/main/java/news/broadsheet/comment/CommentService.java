package news.broadsheet.comment;

import java.util.List;
import news.broadsheet.storage.Database;

/** What readers ask of comments. */
public final class CommentService {

  private final Database database;
  private final CommentStore store;

  public CommentService(Database database, CommentStore store) {
    this.database = database;
    this.store = store;
  }

  /** A story's published comments, oldest first. */
  public List<Comment> published(long articleId) {
    return database.read(handle -> store.ofArticle(handle, articleId, CommentStatus.PUBLISHED));
  }
}
