package news.broadsheet.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the index holds of a story or a comment: the terms of its words in order, with a
 * {@link #GAP} between fields (so that no phrase spans two); the variant keys of its words; each
 * pair of adjacent terms as a term of its own ({@link #pairs}), by which a phrase is looked up
 * whatever the frequency of its words; and its facets.
 *
 * <p>Both databases hold exactly these terms. PostgreSQL keeps at most 255 positions of a lexeme
 * and positions up to 16,383, so a term's occurrences past its 255th are written as gaps, and a
 * document's words past the 16,000th are not indexed, on both.
 */
record SearchDocument(
    DocumentKind kind,
    long itemId,
    long articleId,
    boolean visible,
    long key,
    List<String> words,
    Set<String> variants,
    Set<String> facets) {

  /** Between fields: a term no word has (the middle dot is neither letter nor digit). */
  static final String GAP = "\u00b7";

  /** Between the two terms of a pair: neither a letter nor a digit, nor ASCII (FTS5's tokenizer keeps it). */
  static final String PAIR = "\u00b7";

  static final int MAX_POSITIONS = 16_000;
  static final int MAX_OCCURRENCES = 255;

  static SearchDocument of(IndexedItem item) {
    List<String> words = new ArrayList<>();
    Set<String> variants = new LinkedHashSet<>();
    Map<String, Integer> occurrences = new HashMap<>();
    for (String field : item.fields()) {
      if (!words.isEmpty()) {
        words.add(GAP);
      }
      for (Word word : Analyzer.words(field == null ? "" : field)) {
        if (words.size() >= MAX_POSITIONS) {
          break;
        }
        boolean counted = occurrences.merge(word.term(), 1, Integer::sum) <= MAX_OCCURRENCES;
        words.add(counted ? word.term() : GAP);
        if (word.variant() != null) {
          variants.add(word.variant());
        }
      }
    }
    return new SearchDocument(item.kind(), item.id(), item.articleId(), item.visible(),
        DocumentKey.of(item.epochSecond(), item.id()), words, variants, facets(item));
  }

  private static Set<String> facets(IndexedItem item) {
    Set<String> facets = new LinkedHashSet<>();
    facets.add(Facets.kind(item.kind()));
    addIfPresent(facets, Facets.source(item.source()));
    if (item.sectionId() != null) {
      facets.add(Facets.section(item.sectionId()));
    }
    for (String author : item.authors()) {
      addIfPresent(facets, Facets.author(author));
    }
    return facets;
  }

  private static void addIfPresent(Set<String> facets, String facet) {
    if (facet != null) {
      facets.add(facet);
    }
  }

  /** The pair term of two terms in a row. */
  static String pair(String first, String second) {
    return first + PAIR + second;
  }

  /**
   * Every pair of adjacent terms, once each, in order of first occurrence: the terms of two words
   * in a row of one field (a {@link #GAP} pairs with nothing). A document has a phrase's pairs
   * wherever it has the phrase.
   */
  Set<String> pairs() {
    Set<String> pairs = new LinkedHashSet<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      if (!words.get(i).equals(GAP) && !words.get(i + 1).equals(GAP)) {
        pairs.add(pair(words.get(i), words.get(i + 1)));
      }
    }
    return pairs;
  }

  SearchDocument withKey(long newKey) {
    return new SearchDocument(kind, itemId, articleId, visible, newKey, words, variants, facets);
  }
}
