package news.broadsheet.search;

import java.util.List;

/**
 * A page of results, best first.
 *
 * @param nextCursor where the next page starts, or null when this is the last
 */
public record SearchPage(List<SearchHit> hits, String nextCursor) {

  public SearchPage {
    hits = List.copyOf(hits);
  }
}
