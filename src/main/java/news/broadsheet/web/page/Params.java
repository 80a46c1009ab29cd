package news.broadsheet.web.page;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Set;
import news.broadsheet.comment.CommentSort;

/** Reads the parameters of the site's addresses; what cannot name a page is not found. */
public final class Params {

  private static final Set<String> PAGING = Set.of("sort", "page");
  /**
   * The highest page number an address may name: far beyond any list's end, and low enough that
   * no page's offset (page × items a page) overflows.
   */
  static final int MAX_PAGE = 1_000_000;

  private Params() {}

  public static long id(Context ctx, String name) {
    try {
      return Long.parseLong(ctx.pathParam(name));
    } catch (NumberFormatException notANumber) {
      throw new NotFoundResponse("no such page");
    }
  }

  /** The 1-based page number of a list ("?page=3"); 1 when absent; not found beyond {@link #MAX_PAGE}. */
  public static int page(Context ctx) {
    return pageNumber(ctx.queryParam("page"));
  }

  public static int pageNumber(String text) {
    if (text == null || text.isEmpty()) {
      return 1;
    }
    try {
      int page = Integer.parseInt(text);
      if (page >= 1 && page <= MAX_PAGE) {
        return page;
      }
    } catch (NumberFormatException notANumber) {
      // falls through to not found
    }
    throw new NotFoundResponse("no such page");
  }

  /** The order of comments ("?sort=newest"); the newspaper's, oldest first, by default. */
  public static CommentSort sort(String text) {
    return text == null ? CommentSort.OLDEST : CommentSort.fromCode(text).orElse(CommentSort.OLDEST);
  }

  /** Whether the query asks for nothing but an order and a page, so the shared page will do. */
  public static boolean onlyPaging(Context ctx) {
    return PAGING.containsAll(ctx.queryParamMap().keySet());
  }
}
