package news.broadsheet.search;

import java.util.Comparator;

/** A document found, with its rank and the band it was ranked in. */
record Ranked(int tier, long bandHigh, double score, long key) {

  /** Best first: higher score, then newer. */
  static final Comparator<Ranked> BEST_FIRST =
      Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Comparator.comparingLong(Ranked::key).reversed());

  SearchCursor cursor() {
    return new SearchCursor(tier, bandHigh, score, key);
  }
}
