package news.broadsheet.web.reader;

import java.util.function.Supplier;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleService;
import news.broadsheet.comment.CommentSort;
import news.broadsheet.web.page.PageCoding;
import news.broadsheet.web.page.Paths;
import news.broadsheet.web.page.TemplateRenderer;
import news.broadsheet.web.page.WebMetrics;

/**
 * Story pages as every reader gets them, rendered once per form mode (a guest's name field,
 * "Commenting as" for a signed-in reader, or the link to sign in) and kept in {@link
 * StoryPageCache}, with each reader's form token and name filled in per request. A cached page
 * costs no database work.
 */
final class SharedStoryPages {

  private final ArticleService articles;
  private final StoryPages pages;
  private final StoryPageCache cache;
  private final TemplateRenderer templates;
  private final WebMetrics metrics;
  private final PersonalizedPage.Holes holes = PersonalizedPage.Holes.random();

  SharedStoryPages(
      ArticleService articles, StoryPages pages, StoryPageCache cache, TemplateRenderer templates, WebMetrics metrics) {
    this.articles = articles;
    this.pages = pages;
    this.cache = cache;
    this.templates = templates;
    this.metrics = metrics;
  }

  /**
   * The page for one reader, or null when the address is not a story page as it stands (an old
   * slug, a missing story, a page past the last): the caller then works out the answer.
   */
  byte[] page(long id, String slug, CommentSort sort, int page, Readers.Reader reader, String token) {
    PersonalizedPage shared = shared(id, slug, sort, page, reader.mode());
    return shared == null ? null : shared.fill(token, reader.name());
  }

  /** As {@link #page}, compressed, for a reader with neither form token nor name. */
  byte[] compressedBlankPage(long id, String slug, CommentSort sort, int page, CommentForm.Mode mode, PageCoding coding) {
    PersonalizedPage shared = shared(id, slug, sort, page, mode);
    return shared == null ? null : shared.compressedBlank(coding);
  }

  private PersonalizedPage shared(long id, String slug, CommentSort sort, int page, CommentForm.Mode mode) {
    boolean[] rendered = new boolean[1];
    Supplier<PersonalizedPage> rendering =
        () -> {
          rendered[0] = true;
          return render(id, slug, sort, page, mode);
        };
    PersonalizedPage shared = cache.get(id, slug, sort, page, mode, rendering);
    if (shared != null && shared.isOutdated(pages.now())) {
      cache.invalidate(id);
      shared = cache.get(id, slug, sort, page, mode, rendering);
    }
    if (shared == null) {
      return null;
    }
    if (rendered[0]) {
      metrics.pageCacheMiss();
    } else {
      metrics.pageCacheHit();
    }
    return shared;
  }

  /** Something the story's pages show changed: they must be rendered again. */
  void changed(long articleId) {
    cache.invalidate(articleId);
  }

  /** A recommendation count changed: the pages show it within a few seconds, rendered once for all. */
  void recounted(long articleId) {
    cache.recounted(articleId);
  }

  private PersonalizedPage render(long id, String slug, CommentSort sort, int page, CommentForm.Mode mode) {
    Article article = articles.findPublished(id).filter(found -> found.slug().equals(slug)).orElse(null);
    if (article == null) {
      return null;
    }
    CommentForm form = CommentForm.blank(id, null, mode, holes.name(), Paths.commentForm(Paths.story(article)));
    StoryPage model = pages.build(article, sort, page, form, holes.token(), null);
    return model == null
        ? null
        : PersonalizedPage.of(holes, output -> templates.renderTo("story.jte", model, output)).outdatedAt(pages.changesAt(article));
  }
}
