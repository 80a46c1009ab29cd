package news.broadsheet.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where the next page of results starts: after the result of this tier, band, score and document.
 * A band is the newest matches of a tier at or before {@code bandHigh}; results come band by
 * band, best first within each.
 */
record SearchCursor(int tier, long bandHigh, double score, long key) {

  String encode() {
    String plain = tier + "." + bandHigh + "." + Long.toHexString(Double.doubleToLongBits(score)) + "." + key;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
  }

  static SearchCursor decode(String cursor) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split("\\.", -1);
      if (parts.length != 4 || cursor.length() > 120) {
        throw new IllegalArgumentException("four parts");
      }
      int tier = Integer.parseInt(parts[0]);
      double score = Double.longBitsToDouble(Long.parseUnsignedLong(parts[2], 16));
      if (tier < Match.EXACT || tier > Match.VARIANTS || !Double.isFinite(score)) {
        throw new IllegalArgumentException("out of range");
      }
      return new SearchCursor(tier, Long.parseLong(parts[1]), score, Long.parseLong(parts[3]));
    } catch (IllegalArgumentException bad) {
      throw new SearchException("cursor", "This cursor is not one a search gave: start again from the first page.");
    }
  }

  /** Whether a result ranked (score, key) comes after this cursor's result. */
  boolean isBefore(double otherScore, long otherKey) {
    int byScore = Double.compare(otherScore, score);
    return byScore < 0 || byScore == 0 && otherKey < key;
  }
}
