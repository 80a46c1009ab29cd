package news.broadsheet.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a reader typed, read as search reads it.
 *
 * <p>Words are separated by spaces and all must match; "quoted words" match as a phrase, the
 * words in a row; a word or phrase after a minus sign ({@code -word}, {@code -"a phrase"}) must
 * not match. A word that is several words to search ("back-stab", "U.S.") is a phrase. The most
 * common words of English and Urdu ("the", "of", "ka", "hai") are left out unless they are all
 * there is, or quoted.
 */
record ParsedQuery(List<Clause> required, List<Clause> excluded) {

  static final int MAX_LENGTH = 500;
  static final int MAX_CLAUSES = 12;

  private static final Set<String> COMMON = Set.of(
      "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it", "its",
      "of", "on", "or", "that", "the", "this", "to", "was", "were", "will", "with",
      "ka", "ki", "ke", "ko", "se", "hai", "hain", "ne", "bhi", "aur", "ye", "yeh", "wo", "woh",
      "کا", "کی", "کے", "کو", "سے", "ہے", "ہیں", "نے", "بھی", "اور", "یہ", "وہ", "میں");

  static ParsedQuery parse(String text) {
    if (text == null || text.isBlank()) {
      throw new SearchException("q", "Type a word or two to search for.");
    }
    if (text.length() > MAX_LENGTH) {
      throw new SearchException("q", "A search has at most " + MAX_LENGTH + " characters.");
    }
    List<Clause> required = new ArrayList<>();
    List<Clause> excluded = new ArrayList<>();
    QueryScanner.scan(text, (clause, negated) -> (negated ? excluded : required).add(clause));
    List<Clause> kept = withoutCommonWords(required);
    if (kept.isEmpty()) {
      throw new SearchException("q", "Type a word to search for: a search needs a word it must find, not only words to leave out.");
    }
    if (kept.size() + excluded.size() > MAX_CLAUSES) {
      throw new SearchException("q", "A search has at most " + MAX_CLAUSES + " words and phrases.");
    }
    return new ParsedQuery(kept, List.copyOf(excluded));
  }

  private static List<Clause> withoutCommonWords(List<Clause> clauses) {
    List<Clause> kept = clauses.stream().filter(c -> c.quoted() || c.isPhrase() || !COMMON.contains(c.words().get(0).form())).toList();
    return kept.isEmpty() ? List.copyOf(clauses) : kept;
  }

  /** Whether any required word may also match by its variant key. */
  boolean hasVariants() {
    return required.stream().anyMatch(clause -> clause.variant() != null);
  }
}
