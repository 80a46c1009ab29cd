package news.broadsheet.insight;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.text.TextFolding;

/**
 * Splits a comment into words: runs of letters and digits (an apostrophe inside a Latin word
 * stays: "don't"), each folded; a sentence ends at . ! ? ؟ ۔ ; : or a line break.
 */
final class Words {

  private static final int MAX_ACRONYM = 6;

  private Words() {}

  static List<Word> of(String text) {
    boolean shouting = mostlyCapitals(text);
    List<Word> words = new ArrayList<>();
    int sentence = 0;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean inWord = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
          || (isApostrophe(c) && start >= 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        add(words, text.substring(start, i), shouting, sentence);
        start = -1;
      }
      if (!inWord && endsSentence(c)) {
        sentence++;
      }
    }
    return words;
  }

  private static void add(List<Word> words, String shown, boolean shouting, int sentence) {
    String folded = TextFolding.fold(shown).replace('\u2019', '\'');
    if (!folded.isBlank()) {
      words.add(new Word(folded, shown, !shouting && isAcronym(shown), sentence));
    }
  }

  private static boolean isAcronym(String shown) {
    int letters = shown.codePointCount(0, shown.length());
    return letters >= 2 && letters <= MAX_ACRONYM && shown.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /** Whether most Latin letters of the text are capitals (a shouted comment has no acronyms). */
  private static boolean mostlyCapitals(String text) {
    long upper = text.chars().filter(c -> c >= 'A' && c <= 'Z').count();
    long lower = text.chars().filter(c -> c >= 'a' && c <= 'z').count();
    return upper > lower;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean endsSentence(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u06D4' || c == ';' || c == ':' || c == '\n';
  }
}
