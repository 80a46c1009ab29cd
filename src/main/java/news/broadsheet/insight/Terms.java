package news.broadsheet.insight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The terms of one comment that phrases are made of: its words other than stop words and numbers
 * (Latin words of 3 letters or more, or acronyms such as "US"), and each pair of such words that
 * follow one another in a sentence. A term is known by a key (an English stem, so that "relation"
 * and "relations" are one; an acronym in capitals; an Urdu word folded) and shown as written.
 * Not thread-safe: one instance a thread.
 */
final class Terms {

  private static final int MIN_LATIN_LETTERS = 3;
  private static final int MIN_URDU_LETTERS = 2;

  private final EnglishStemmer stemmer = new EnglishStemmer();

  /** A term's key and how it is written in the comment. */
  record Term(String key, String shown) {}

  /** The comment's terms, each once, by key (in the order they first appear). */
  Map<String, Term> of(String text) {
    List<Word> words = Words.of(text);
    Map<String, Term> terms = new LinkedHashMap<>();
    Term previous = null;
    int previousSentence = -1;
    for (Word word : words) {
      Term term = term(word);
      if (term != null) {
        terms.putIfAbsent(term.key(), term);
        if (previous != null && previousSentence == word.sentence()) {
          Term pair = new Term(previous.key() + " " + term.key(), previous.shown() + " " + term.shown());
          terms.putIfAbsent(pair.key(), pair);
        }
      }
      previous = term;
      previousSentence = word.sentence();
    }
    return terms;
  }

  /** The word as a term, or null when it is too short, a number or a stop word. */
  private Term term(Word word) {
    if (word.acronym()) {
      return new Term(word.shown(), word.shown());
    }
    if (word.isNumber() || Lexicon.isStopWord(word.folded())) {
      return null;
    }
    int letters = word.folded().codePointCount(0, word.folded().length());
    if (word.isLatin() && letters >= MIN_LATIN_LETTERS) {
      return new Term(stem(word.folded().replace("'", "")), word.shown());
    }
    if (word.isArabicScript() && letters >= MIN_URDU_LETTERS) {
      return new Term(word.folded(), word.shown());
    }
    return null;
  }

  private String stem(String word) {
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
