package news.broadsheet.search;

import java.util.List;

/**
 * One thing a search asks for: a word, or a phrase of words in a row.
 *
 * @param words the words, analysed as the index analyses text
 * @param quoted whether the reader quoted it; a quoted word matches its own term only, never the
 *     other spellings of its variant key
 */
record Clause(List<Word> words, boolean quoted) {

  Clause {
    words = List.copyOf(words);
  }

  boolean isPhrase() {
    return words.size() > 1;
  }

  /** The variant key this clause may also match by, or null. */
  String variant() {
    return isPhrase() || quoted ? null : words.get(0).variant();
  }

  /** The pair terms of a phrase's adjacent words, in order (none for a single word). */
  List<String> pairs() {
    List<String> terms = terms();
    return java.util.stream.IntStream.range(0, terms.size() - 1)
        .mapToObj(i -> SearchDocument.pair(terms.get(i), terms.get(i + 1))).distinct().toList();
  }

  /** The terms in order. */
  List<String> terms() {
    return words.stream().map(Word::term).toList();
  }
}
