package news.broadsheet.web.api;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.StoryStatus;
import news.broadsheet.article.ArticlePosition;
import news.broadsheet.article.ArticleService;
import news.broadsheet.article.CommentsPolicy;
import news.broadsheet.comment.CommentService;
import news.broadsheet.web.api.ApiViews.ArticleDetail;
import news.broadsheet.web.api.ApiViews.ArticleSummary;
import news.broadsheet.web.api.ApiViews.Page;

/** {@code GET /api/v1/articles} and {@code GET /api/v1/articles/{id}}. */
public final class ApiArticleHandlers {

  private final ArticleService articles;
  private final CommentService comments;
  private final CommentsPolicy policy;
  private final Clock clock;

  ApiArticleHandlers(ArticleService articles, CommentService comments, CommentsPolicy policy, Clock clock) {
    this.articles = articles;
    this.comments = comments;
    this.policy = policy;
    this.clock = clock;
  }

  /** The latest stories, newest first, a page at a time. */
  public void list(Context ctx) {
    int limit = ApiRequests.limit(ctx);
    ArticlePosition after = Cursors.article(ctx.queryParam("cursor"));
    List<Article> found = articles.latestAfter(after, limit + 1);
    List<Article> page = found.subList(0, Math.min(limit, found.size()));
    Map<Long, Long> counts = comments.publishedCounts(page.stream().map(Article::id).toList());
    List<ArticleSummary> items =
        page.stream().map(a -> ArticleSummary.of(a, counts.getOrDefault(a.id(), 0L))).toList();
    String next = found.size() > limit ? Cursors.of(ArticlePosition.of(page.get(page.size() - 1))) : null;
    ctx.json(new Page<>(items, next));
  }

  /** One whole story with the number of its published comments. */
  public void one(Context ctx) {
    long id = ApiRequests.id(ctx, "story");
    Article article = articles.find(id).orElseThrow(() -> ApiProblem.notFound("There is no such story."));
    if (article.status() == StoryStatus.UNPUBLISHED) {
      throw ApiProblem.gone();
    }
    if (!article.isPublished()) {
      throw ApiProblem.notFound("There is no such story.");
    }
    long count = comments.publishedCounts(List.of(id)).getOrDefault(id, 0L);
    ctx.json(ArticleDetail.of(article, policy.isOpen(article, clock.instant()), count));
  }
}
