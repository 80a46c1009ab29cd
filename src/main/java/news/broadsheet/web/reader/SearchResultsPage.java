package news.broadsheet.web.reader;

import java.util.List;
import news.broadsheet.web.page.PageMeta;

/**
 * The search page: the form with what was asked, and the results, a problem with the search, or
 * nothing when nothing was asked yet.
 *
 * @param choices the sources and sections the filters offer
 * @param problem what to change in the search, or null
 * @param problemField the parameter at fault (the form marks its field), or null
 * @param nextPath the next page of results, or null on the last
 * @param firstPath the first page, when this is a later one; else null
 */
public record SearchResultsPage(
    PageMeta meta,
    SearchForm form,
    SearchChoices choices,
    List<SearchResultView> results,
    String problem,
    String problemField,
    String nextPath,
    String firstPath) {

  public boolean invalid(String field) {
    return field.equals(problemField);
  }

  /** The heading over the results. */
  public String resultsHeading() {
    if (results.isEmpty()) {
      return firstPath == null ? "Nothing found" : "No more results";
    }
    return firstPath == null ? "Results" : "More results";
  }
}
