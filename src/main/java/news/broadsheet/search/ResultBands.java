package news.broadsheet.search;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Finds one page of results: tier by tier, and within a tier band by band, where a band is the
 * newest {@value #BAND} matches at or before a document id, ranked best first. So a search for
 * the commonest words ranks a bounded number of documents whatever the size of the site, and the
 * newest matches are ranked by relevance; older ones follow, band after band.
 */
final class ResultBands {

  static final int BAND = 200;

  private final Handle handle;
  private final SearchStore store;
  private final IndexStore index;
  private final Match match;
  private final long low;
  private final long high;

  ResultBands(Handle handle, SearchStore store, IndexStore index, Match match, long low, long high) {
    this.handle = handle;
    this.store = store;
    this.index = index;
    this.match = match;
    this.low = low;
    this.high = high;
  }

  /** Up to {@code count} results after the cursor (or from the first), best first. */
  List<Ranked> after(SearchCursor cursor, int count) {
    List<Ranked> page = new ArrayList<>(count);
    int tier = cursor == null ? Match.EXACT : cursor.tier();
    long bandHigh = cursor == null ? high : Math.min(cursor.bandHigh(), high);
    SearchCursor resume = cursor;
    int lastTier = match.lastTier();
    while (page.size() < count && tier <= lastTier) {
      Match inTier = match.inTier(tier);
      List<Long> keys = index.newest(handle, inTier, true, low, bandHigh, BAND);
      for (Ranked ranked : ranked(inTier, bandHigh, keys)) {
        if (page.size() < count && (resume == null || resume.isBefore(ranked.score(), ranked.key()))) {
          page.add(ranked);
        }
      }
      resume = null;
      if (keys.size() < BAND) {
        tier++;
        bandHigh = high;
      } else {
        bandHigh = keys.get(keys.size() - 1) - 1;
      }
    }
    return page;
  }

  private List<Ranked> ranked(Match inTier, long bandHigh, List<Long> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    List<Ranked> ranked = new ArrayList<>(keys.size());
    for (Candidate candidate : store.candidates(handle, keys, Ranking.TEXT_CHARS)) {
      ranked.add(new Ranked(inTier.tier(), bandHigh, Ranking.score(candidate, inTier), candidate.key()));
    }
    ranked.sort(Ranked.BEST_FIRST);
    return ranked;
  }
}
