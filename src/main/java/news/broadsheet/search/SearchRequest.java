package news.broadsheet.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * A search as asked.
 *
 * @param query what the reader typed
 * @param kinds stories, comments or both (empty: both)
 * @param source only stories of this source and their comments, or null
 * @param section only stories of this section (its address name, as in /sections/business) and
 *     their comments, or null
 * @param author only stories by this author, or comments by this commenter, or null
 * @param from only what was published on or after this day (in the newsroom's zone), or null
 * @param to only what was published on or before this day, or null
 * @param cursor where the page starts (a former page's nextCursor), or null for the first
 * @param limit results a page, 1 to {@value SearchService#MAX_LIMIT}
 */
public record SearchRequest(
    String query, Set<DocumentKind> kinds, String source, String section, String author, LocalDate from, LocalDate to,
    String cursor, int limit) {

  public SearchRequest {
    kinds = Set.copyOf(kinds);
  }

  /** The first page of a plain search for the words, 20 results. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Set.of(), null, null, null, null, null, null, SearchService.DEFAULT_LIMIT);
  }

  public SearchRequest withCursor(String next) {
    return new SearchRequest(query, kinds, source, section, author, from, to, next, limit);
  }

  public SearchRequest withKinds(Set<DocumentKind> only) {
    return new SearchRequest(query, only, source, section, author, from, to, cursor, limit);
  }
}
