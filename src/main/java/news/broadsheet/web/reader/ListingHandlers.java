package news.broadsheet.web.reader;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleService;
import news.broadsheet.article.DayCount;
import news.broadsheet.article.MonthCount;
import news.broadsheet.article.StoryIndex;
import news.broadsheet.comment.CommentService;
import news.broadsheet.web.page.PageMeta;
import news.broadsheet.web.page.Params;
import news.broadsheet.web.page.Paths;
import news.broadsheet.web.page.SiteAddress;
import news.broadsheet.web.page.TemplateRenderer;

/** Lists of stories: the front page, the archive by date and by source. */
public final class ListingHandlers {

  static final int STORIES_PER_PAGE = 20;

  private final ArticleService articles;
  private final CommentService comments;
  private final StoryIndex index;
  private final SiteAddress site;
  private final TemplateRenderer templates;

  ListingHandlers(
      ArticleService articles, CommentService comments, StoryIndex index, SiteAddress site, TemplateRenderer templates) {
    this.articles = articles;
    this.comments = comments;
    this.index = index;
    this.site = site;
    this.templates = templates;
  }

  /** {@code /?page=N}: the latest stories, twenty a page. */
  public void front(Context ctx) {
    int page = Params.page(ctx);
    List<Article> found = articles.latest(STORIES_PER_PAGE + 1, (page - 1) * STORIES_PER_PAGE);
    if (found.isEmpty() && page > 1) {
      throw new NotFoundResponse("no such page");
    }
    String title = page == 1 ? "Latest stories" : "Latest stories, page " + page;
    PageMeta meta = PageMeta.listing(title, "The latest stories and what readers say about them.", site.absolute(Paths.listPage("/", page)));
    PagerView pager = PagerView.simple("Pages of stories", page, found.size() > STORIES_PER_PAGE, n -> Paths.listPage("/", n));
    templates.render(ctx, "front.jte", new FrontPage(meta, teasers(firstPage(found)), pager, page));
  }

  /** {@code /archive}: every month with stories. */
  public void archive(Context ctx) {
    Map<Integer, List<CountLink>> years = new LinkedHashMap<>();
    for (MonthCount month : index.months()) {
      years
          .computeIfAbsent(month.month().getYear(), y -> new ArrayList<>())
          .add(new CountLink(NewspaperDates.month(month.month()), Paths.month(month.month()), month.stories()));
    }
    List<ArchiveIndexPage.Year> groups = new ArrayList<>();
    years.forEach((year, months) -> groups.add(new ArchiveIndexPage.Year(year, months)));
    PageMeta meta = PageMeta.listing("Archive", "Every story by the month it was published.", site.absolute("/archive"));
    templates.render(ctx, "archive/index.jte", new ArchiveIndexPage(meta, groups));
  }

  /** {@code /archive/2018-03} (the days of a month) or {@code /archive/2018-03-03} (a day). */
  public void archivePeriod(Context ctx) {
    String period = ctx.pathParam("period");
    try {
      if (period.length() == 7) {
        month(ctx, YearMonth.parse(period));
      } else if (period.length() == 10) {
        day(ctx, LocalDate.parse(period));
      } else {
        throw new NotFoundResponse("no such date");
      }
    } catch (DateTimeParseException notADate) {
      throw new NotFoundResponse("no such date");
    }
  }

  private void month(Context ctx, YearMonth month) {
    List<CountLink> days = new ArrayList<>();
    for (DayCount day : index.days(month)) {
      days.add(new CountLink(NewspaperDates.weekday(day.day()), Paths.day(day.day()), day.stories()));
    }
    if (days.isEmpty()) {
      throw new NotFoundResponse("no stories that month");
    }
    String label = NewspaperDates.month(month);
    PageMeta meta = PageMeta.listing(label, "Stories published in " + label + ", day by day.", site.absolute(Paths.month(month)));
    templates.render(ctx, "archive/month.jte", new ArchiveMonthPage(meta, label, days));
  }

  private void day(Context ctx, LocalDate day) {
    List<Article> found = articles.publishedOn(day);
    if (found.isEmpty()) {
      throw new NotFoundResponse("no stories that day");
    }
    String label = NewspaperDates.fullDate(day);
    YearMonth month = YearMonth.from(day);
    PageMeta meta = PageMeta.listing("Stories of " + label, "Stories published on " + label + ".", site.absolute(Paths.day(day)));
    templates.render(
        ctx,
        "archive/day.jte",
        new ArchiveDayPage(meta, label, NewspaperDates.month(month), Paths.month(month), teasers(found)));
  }

  /** {@code /sources}: every source with its number of stories. */
  public void sources(Context ctx) {
    List<CountLink> links =
        index.sources().stream().map(s -> new CountLink(s.source(), Paths.source(s.source()), s.stories())).toList();
    PageMeta meta = PageMeta.listing("Sources", "Every newspaper and agency whose stories are here.", site.absolute("/sources"));
    templates.render(ctx, "sources/index.jte", new SourcesPage(meta, links));
  }

  /** {@code /sources/{source}?page=N}: one source's stories, newest first. */
  public void source(Context ctx) {
    String source = ctx.pathParam("source");
    int page = Params.page(ctx);
    List<Article> found = articles.latestOf(source, STORIES_PER_PAGE + 1, (page - 1) * STORIES_PER_PAGE);
    if (found.isEmpty()) {
      throw new NotFoundResponse("no stories from that source");
    }
    String path = Paths.source(source);
    PageMeta meta = PageMeta.listing("Stories from " + source + (page > 1 ? ", page " + page : ""), "The latest stories from " + source + ".", site.absolute(Paths.listPage(path, page)));
    PagerView pager = PagerView.simple("Pages of stories", page, found.size() > STORIES_PER_PAGE, n -> Paths.listPage(path, n));
    templates.render(ctx, "sources/source.jte", new SourcePage(meta, source, teasers(firstPage(found)), pager));
  }

  /** A page was asked for with one story more, to learn whether a next page exists. */
  private static List<Article> firstPage(List<Article> found) {
    return found.size() > STORIES_PER_PAGE ? found.subList(0, STORIES_PER_PAGE) : found;
  }

  /** Teasers for stories, with their comment counts in one query. */
  public List<TeaserView> teasers(List<Article> shown) {
    Map<Long, Long> counts = comments.publishedCounts(shown.stream().map(Article::id).toList());
    return shown.stream().map(a -> TeaserView.of(a, counts.getOrDefault(a.id(), 0L))).toList();
  }
}
