package news.broadsheet.web.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Links between the pages of a list that work without JavaScript.
 *
 * @param previous the previous page's address, or null on the first
 * @param next the next page's address, or null on the last
 * @param pages numbered links around the current page (empty when pages are not counted)
 */
public record PagerView(String label, String previous, String next, List<PageLink> pages) {

  private static final int AROUND = 2;

  /** One numbered link; a gap stands for the pages left out. */
  public record PageLink(int number, String href, boolean current, boolean gap) {}

  public boolean needed() {
    return previous != null || next != null;
  }

  static PagerView simple(String label, int page, boolean hasNext, IntFunction<String> href) {
    return new PagerView(label, page > 1 ? href.apply(page - 1) : null, hasNext ? href.apply(page + 1) : null, List.of());
  }

  static PagerView numbered(String label, int page, int pageCount, IntFunction<String> href) {
    List<PageLink> links = new ArrayList<>();
    int last = 0;
    for (int n = 1; n <= pageCount; n++) {
      boolean shown = n == 1 || n == pageCount || Math.abs(n - page) <= AROUND;
      if (shown) {
        if (n > last + 1) {
          links.add(new PageLink(0, null, false, true));
        }
        links.add(new PageLink(n, href.apply(n), n == page, false));
        last = n;
      }
    }
    return new PagerView(
        label, page > 1 ? href.apply(page - 1) : null, page < pageCount ? href.apply(page + 1) : null, links);
  }
}
