package news.broadsheet.web.reader;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import news.broadsheet.article.Article;
import news.broadsheet.desk.Author;
import news.broadsheet.desk.Correction;
import news.broadsheet.desk.Desk;
import news.broadsheet.desk.Section;
import news.broadsheet.desk.Tag;
import news.broadsheet.web.page.PageMeta;
import news.broadsheet.web.page.Params;
import news.broadsheet.web.page.Paths;
import news.broadsheet.web.page.SiteAddress;
import news.broadsheet.web.page.TemplateRenderer;

/** The pages of sections, tags and authors, and the list of corrections. */
public final class DeskListingHandlers {

  static final int CORRECTIONS_PER_PAGE = 30;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

  private final Desk desk;
  private final ListingHandlers listings;
  private final SiteAddress site;
  private final TemplateRenderer templates;
  private final ZoneId zone;

  DeskListingHandlers(Desk desk, ListingHandlers listings, SiteAddress site, TemplateRenderer templates, ZoneId zone) {
    this.desk = desk;
    this.listings = listings;
    this.site = site;
    this.templates = templates;
    this.zone = zone;
  }

  /** {@code /sections/{slug}?page=N}. */
  public void section(Context ctx) {
    Section section = desk.sections().bySlug(ctx.pathParam("slug")).orElseThrow(() -> new NotFoundResponse("no such section"));
    topic(ctx, "Section", section.name(), null, DeskPaths.section(section.slug()),
        (limit, offset) -> desk.newsroom().inSection(section, limit, offset));
  }

  /** {@code /tags/{slug}?page=N}. */
  public void tag(Context ctx) {
    Tag tag = desk.newsroom().tag(ctx.pathParam("slug")).orElseThrow(() -> new NotFoundResponse("no such tag"));
    topic(ctx, "Tag", tag.name(), null, DeskPaths.tag(tag.slug()), (limit, offset) -> desk.newsroom().tagged(tag, limit, offset));
  }

  /** {@code /authors/{slug}?page=N}: the author's biography and stories. */
  public void author(Context ctx) {
    Author author = desk.authors().bySlug(ctx.pathParam("slug")).orElseThrow(() -> new NotFoundResponse("no such author"));
    topic(ctx, "Author", author.name(), author.bio().isBlank() ? null : author.bio(), DeskPaths.author(author.slug()),
        (limit, offset) -> desk.newsroom().byAuthor(author, limit, offset));
  }

  private void topic(Context ctx, String kind, String name, String intro, String path,
      BiFunction<Integer, Integer, List<Article>> stories) {
    int page = Params.page(ctx);
    int size = ListingHandlers.STORIES_PER_PAGE;
    List<Article> found = stories.apply(size + 1, (page - 1) * size);
    if (found.isEmpty() && page > 1) {
      throw new NotFoundResponse("no such page");
    }
    String title = name + (page > 1 ? ", page " + page : "");
    String description = intro != null ? intro : "The latest stories of " + kind.toLowerCase(Locale.ROOT) + " " + name + ".";
    PageMeta meta = PageMeta.listing(title, description, site.absolute(Paths.listPage(path, page)));
    PagerView pager = PagerView.simple("Pages of stories", page, found.size() > size, n -> Paths.listPage(path, n));
    List<Article> shown = found.size() > size ? found.subList(0, size) : found;
    templates.render(ctx, "desk/topic.jte",
        new TopicPage(meta, kind, name, intro, DeskPaths.feed(path), listings.teasers(shown), pager));
  }

  /** {@code /corrections?page=N}: every correction, newest first. */
  public void corrections(Context ctx) {
    int page = Params.page(ctx);
    List<Correction> found = desk.newsroom().corrections(CORRECTIONS_PER_PAGE + 1, (page - 1) * CORRECTIONS_PER_PAGE);
    if (found.isEmpty() && page > 1) {
      throw new NotFoundResponse("no such page");
    }
    List<CorrectionsPage.Item> items = found.stream().limit(CORRECTIONS_PER_PAGE).map(c -> {
      ZonedDateTime at = c.createdAt().atZone(zone);
      return new CorrectionsPage.Item(c.headline(), "/news/" + c.storyId() + "/" + c.slug(), DATE.format(at),
          at.toOffsetDateTime().toString(), c.text());
    }).toList();
    PageMeta meta = PageMeta.listing("Corrections" + (page > 1 ? ", page " + page : ""),
        "Every correction the newsroom has made to its stories, newest first.", site.absolute(Paths.listPage("/corrections", page)));
    PagerView pager = PagerView.simple("Pages of corrections", page, found.size() > CORRECTIONS_PER_PAGE,
        n -> Paths.listPage("/corrections", n));
    templates.render(ctx, "desk/corrections.jte", new CorrectionsPage(meta, items, pager));
  }
}
