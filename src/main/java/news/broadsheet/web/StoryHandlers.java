package news.broadsheet.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleService;
import news.broadsheet.comment.CommentService;

/** The reader's pages: the front page and a story with its comments. */
final class StoryHandlers {

  private static final int FRONT_PAGE_SIZE = 20;

  private final ArticleService articles;
  private final CommentService comments;
  private final TemplateRenderer templates;

  StoryHandlers(ArticleService articles, CommentService comments, TemplateRenderer templates) {
    this.articles = articles;
    this.comments = comments;
    this.templates = templates;
  }

  void front(Context ctx) {
    var stories = articles.latest(FRONT_PAGE_SIZE, 0).stream().map(StoryView::of).toList();
    templates.render(ctx, "front.jte", new FrontPage(stories));
  }

  void story(Context ctx) {
    long id = parseId(ctx.pathParam("id"));
    Article article = articles.find(id).orElseThrow(() -> new NotFoundResponse("no such story"));
    if (!article.slug().equals(ctx.pathParamMap().getOrDefault("slug", ""))) {
      ctx.redirect("/news/" + id + "/" + article.slug(), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    var views = comments.published(id).stream().map(CommentView::of).toList();
    templates.render(ctx, "story.jte", new StoryPage(StoryView.of(article), views));
  }

  private static long parseId(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException notANumber) {
      throw new NotFoundResponse("no such story");
    }
  }
}
