package news.broadsheet.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.text.PhoneticKey;
import news.broadsheet.text.TextFolding;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Splits a text into {@link Word}s, the same way for what is indexed and for what readers type.
 *
 * <p>A word is a run of letters and digits, with the marks and joiners that belong inside words
 * (Arabic diacritics, tatweel, the zero-width non-joiner Urdu uses) and apostrophes between
 * letters ("don't", "Pakistan's"). It is folded as moderation folds text ({@link TextFolding}),
 * without its apostrophes; a Latin word is then stemmed by the Snowball English (Porter2) stemmer,
 * so that "relation", "relations" and "related" share a term.
 */
final class Analyzer {

  /** Longer words are cut to this many characters (no real word is longer; a run of junk is). */
  static final int MAX_WORD_LENGTH = 40;

  /** Words a thread remembers the term and variant of: the commonest words are most of any text. */
  private static final int REMEMBERED = 20_000;

  private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);
  private static final ThreadLocal<Map<String, String[]>> KNOWN = ThreadLocal.withInitial(HashMap::new);

  private Analyzer() {}

  static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    int length = text.length();
    while (i < length) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      i = endOfWord(text, i);
      Word word = word(text, start, i);
      if (word != null) {
        words.add(word);
      }
    }
    return words;
  }

  private static int endOfWord(String text, int from) {
    int i = from;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) || insideWord(cp)) {
        i = next;
      } else if (isApostrophe(cp) && next < text.length() && Character.isLetter(text.codePointAt(next))
          && Character.isLetter(text.codePointBefore(i))) {
        i = next;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean insideWord(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK || type == Character.FORMAT || cp == 0x0640;
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
  }

  /** The word at [start, end) of the text, or null when nothing of it is left after folding. */
  static Word word(String text, int start, int end) {
    String form = form(text.substring(start, end));
    if (form.isEmpty()) {
      return null;
    }
    Map<String, String[]> known = KNOWN.get();
    String[] termAndVariant = known.get(form);
    if (termAndVariant == null) {
      if (known.size() >= REMEMBERED) {
        known.clear();
      }
      termAndVariant = new String[] {term(form), RomanisedKey.of(form)};
      known.put(form, termAndVariant);
    }
    return new Word(start, end, form, termAndVariant[0], termAndVariant[1]);
  }

  private static String form(String raw) {
    if (isPlainAscii(raw)) {
      String lower = raw.toLowerCase(java.util.Locale.ROOT);
      return lower.length() <= MAX_WORD_LENGTH ? lower : lower.substring(0, MAX_WORD_LENGTH);
    }
    String folded = TextFolding.fold(raw);
    StringBuilder form = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length() && form.length() < MAX_WORD_LENGTH; ) {
      int cp = folded.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        form.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return form.toString();
  }

  private static boolean isPlainAscii(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= 0x80 || c == '\'') {
        return false;
      }
    }
    return true;
  }

  private static String term(String form) {
    if (!PhoneticKey.isLatin(form)) {
      return form;
    }
    EnglishStemmer stemmer = STEMMER.get();
    stemmer.setCurrent(form);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
