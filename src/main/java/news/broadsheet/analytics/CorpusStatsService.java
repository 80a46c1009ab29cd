package news.broadsheet.analytics;

import news.broadsheet.article.ArticleCounts;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.comment.CommentStore;
import news.broadsheet.storage.Database;

/** Counts what is stored. */
public final class CorpusStatsService {

  private final Database database;
  private final ArticleStore articles;
  private final CommentStore comments;

  public CorpusStatsService(Database database, ArticleStore articles, CommentStore comments) {
    this.database = database;
    this.articles = articles;
    this.comments = comments;
  }

  public CorpusStats stats() {
    return database.read(
        handle -> {
          ArticleCounts counts = articles.counts(handle);
          return new CorpusStats(
              counts.articles(),
              comments.count(handle),
              counts.sources(),
              counts.firstDate(),
              counts.lastDate());
        });
  }
}
