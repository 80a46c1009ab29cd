package news.broadsheet.search;

/**
 * A document's id, which is its place in time: the epoch second of its publication shifted left
 * by {@value #ITEM_BITS} bits, plus the low bits of its item's id (the next free id of that second
 * when two items share them). Larger is newer, and a time range is a range of ids.
 */
final class DocumentKey {

  static final int ITEM_BITS = 22;
  private static final long ITEM_MASK = (1L << ITEM_BITS) - 1;

  private DocumentKey() {}

  static long of(long epochSecond, long itemId) {
    return (epochSecond << ITEM_BITS) | (itemId & ITEM_MASK);
  }

  /** The first id of the second. */
  static long first(long epochSecond) {
    return epochSecond << ITEM_BITS;
  }

  /** The last id of the second. */
  static long last(long epochSecond) {
    return (epochSecond << ITEM_BITS) | ITEM_MASK;
  }

  /** The next id within the same second, wrapping around; for a taken id. */
  static long next(long key) {
    return (key & ~ITEM_MASK) | ((key + 1) & ITEM_MASK);
  }
}
