package news.broadsheet.web.reader;

import io.javalin.http.Context;
import java.util.List;
import news.broadsheet.article.SourceCount;
import news.broadsheet.article.StoryIndex;
import news.broadsheet.desk.SectionService;
import news.broadsheet.search.SearchException;
import news.broadsheet.search.SearchPage;
import news.broadsheet.search.SearchService;
import news.broadsheet.web.page.PageMeta;
import news.broadsheet.web.page.SiteAddress;
import news.broadsheet.web.page.TemplateRenderer;

/**
 * {@code /search}: the reader's search of stories and published comments, and {@code
 * /opensearch.xml}, which lets browsers offer it from their address bar.
 */
public final class SearchHandlers {

  static final int RESULTS_PER_PAGE = 20;

  private final SearchService search;
  private final StoryIndex index;
  private final SectionService sections;
  private final SiteAddress site;
  private final TemplateRenderer templates;

  SearchHandlers(SearchService search, StoryIndex index, SectionService sections, SiteAddress site, TemplateRenderer templates) {
    this.search = search;
    this.index = index;
    this.sections = sections;
    this.site = site;
    this.templates = templates;
  }

  /** {@code /search?q=...}: the form, then a page of results; a search that cannot run is a 400 saying why. */
  public void page(Context ctx) {
    SearchForm form = SearchForm.of(ctx);
    SearchChoices choices = new SearchChoices(index.sources().stream().map(SourceCount::source).toList(), sections.all());
    if (!form.asked()) {
      PageMeta meta = PageMeta.listing("Search", "Search every story and what readers said about it.", site.absolute("/search"));
      templates.render(ctx, "search.jte", new SearchResultsPage(meta, form, choices, List.of(), null, null, null, null));
      return;
    }
    PageMeta meta = PageMeta.unlisted("Search: " + form.q());
    try {
      SearchPage found = search.search(form.request(RESULTS_PER_PAGE));
      List<SearchResultView> results = found.hits().stream().map(SearchResultView::of).toList();
      String next = found.nextCursor() == null ? null : "/search?" + form.query(found.nextCursor());
      String first = form.cursor().isEmpty() ? null : "/search?" + form.query(null);
      templates.render(ctx, "search.jte", new SearchResultsPage(meta, form, choices, results, null, null, next, first));
    } catch (SearchException refused) {
      ctx.status(400);
      templates.render(ctx, "search.jte",
          new SearchResultsPage(meta, form, choices, List.of(), refused.getMessage(), refused.field(), null, null));
    }
  }

  /** {@code /opensearch.xml}: the OpenSearch description of the search page. */
  public void openSearch(Context ctx) {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
        <ShortName>Broadsheet</ShortName>
        <Description>Search Broadsheet's stories and what readers said about them</Description>
        <InputEncoding>UTF-8</InputEncoding>
        <Image type="image/x-icon" width="16" height="16">%s</Image>
        <Url type="text/html" method="get" template="%s"/>
        </OpenSearchDescription>
        """.formatted(site.absolute("/favicon.ico"), site.absolute("/search") + "?q={searchTerms}");
    ctx.header("Cache-Control", "public, max-age=86400").contentType("application/opensearchdescription+xml; charset=utf-8").result(xml);
  }
}
