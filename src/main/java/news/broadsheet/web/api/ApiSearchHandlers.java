package news.broadsheet.web.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import news.broadsheet.search.DocumentKind;
import news.broadsheet.search.Highlight;
import news.broadsheet.search.SearchException;
import news.broadsheet.search.SearchHit;
import news.broadsheet.search.SearchPage;
import news.broadsheet.search.SearchService;
import news.broadsheet.web.api.ApiViews.Page;
import news.broadsheet.web.reader.SearchForm;
import news.broadsheet.web.reader.SearchResultView;

/** {@code GET /api/v1/search}: the reader's search, as JSON; the parameters are the search page's. */
public final class ApiSearchHandlers {

  private final SearchService search;

  ApiSearchHandlers(SearchService search) {
    this.search = search;
  }

  /** A page of results, best first; a parameter that cannot be read is a 400 naming it. */
  public void search(Context ctx) {
    try {
      SearchPage found = search.search(SearchForm.of(ctx).request(limit(ctx)));
      ctx.json(new Page<>(found.hits().stream().map(Item::of).toList(), found.nextCursor()));
    } catch (SearchException refused) {
      throw ApiProblem.badParameter(refused.field(), refused.getMessage());
    }
  }

  private static int limit(Context ctx) {
    String text = ctx.queryParam("limit");
    if (text == null || text.isEmpty()) {
      return SearchService.DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= SearchService.MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw ApiProblem.badParameter("limit", "limit must be a whole number from 1 to " + SearchService.MAX_LIMIT + ".");
  }

  /**
   * One result. {@code snippet} is plain text; {@code highlights} are where it shows the words
   * searched for, as [start, end) offsets in UTF-16 code units (JavaScript's string indexes).
   */
  record Item(
      String type, long id, long articleId, String title, String snippet, List<Highlight> highlights, String url,
      String source, LocalDate publishedOn, String byline) {

    static Item of(SearchHit hit) {
      return new Item(
          hit.kind() == DocumentKind.STORY ? "story" : "comment", hit.id(), hit.articleId(), hit.title(),
          hit.snippet().text(), hit.snippet().highlights(), SearchResultView.path(hit), hit.source(), hit.publishedOn(),
          hit.byline());
    }
  }
}
