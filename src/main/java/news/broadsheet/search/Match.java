package news.broadsheet.search;

import java.util.List;

/**
 * What one index lookup finds: the documents that have every required clause and none of the
 * excluded ones, and every facet.
 *
 * <p>Results come in two tiers. {@link #EXACT}: each word matched by its own term (its spelling,
 * or an English inflection of it). {@link #VARIANTS}: the rest of the documents found when words
 * may also match by their variant key (another spelling of a romanised or Urdu word), so that a
 * word's own spelling always comes first.
 *
 * @param byPairs whether every document holds its pair terms (see {@link SearchDocument#pairs}),
 *     so that a phrase is looked up by its pairs: false while documents indexed before pairs were
 *     wait to be indexed again
 */
record Match(ParsedQuery query, int tier, List<String> facets, boolean byPairs) {

  static final int EXACT = 0;
  static final int VARIANTS = 1;

  Match {
    facets = List.copyOf(facets);
  }

  /** The last tier this query has. */
  int lastTier() {
    return query.hasVariants() ? VARIANTS : EXACT;
  }

  Match inTier(int newTier) {
    return new Match(query, newTier, facets, byPairs);
  }
}
