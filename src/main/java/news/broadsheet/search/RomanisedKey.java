package news.broadsheet.search;

import news.broadsheet.text.PhoneticKey;

/**
 * The key that the spellings of one word share, in Latin letters (romanised Urdu) and in Urdu
 * script. Romanised Urdu has no fixed spelling: "nahin", "nahi" and "nhi" are one word, as are
 * "mantey", "mante" and "maante", or "bahut", "bohat" and "bhot". Their key keeps what spellings
 * agree on, the consonants in order, and drops what they vary in: vowels, doubled letters, the
 * letter h, and the nasal n at the end.
 *
 * <p>Latin: ph is f, q is k, v is w, ck is k, sh is x and ch is c; a final n after a vowel is
 * dropped; then every h but the first letter; runs of one letter count once; then the vowels (and
 * y after the first letter) go, except that a word that starts with one starts its key with "a" and a word that ends
 * with one ends it with "e". So "nahin" → "ne", "mantey" → "mnte", "bahut" → "bt", "acha" and
 * "accha" → "ace". Words of one or two letters, and keys of one, have none.
 *
 * <p>Urdu script: the letters of one sound are one ({@link PhoneticKey#arabic}: ط and ت, ث ص and
 * س, ذ ض ظ and ز, ح and ہ), doubled letters count once, and a final ن after a long vowel is
 * dropped. Folding ({@link news.broadsheet.text.TextFolding}) already made ي ی, ك ک and ه ہ ھ one.
 *
 * <p>Different English words share keys too ("but" and "bat"); search ranks a word's own
 * spelling above the others.
 */
final class RomanisedKey {

  /** Shorter words have no key: "no" is not a spelling of "nahi", nor "to" of "tau". */
  static final int MIN_LETTERS = 3;

  private RomanisedKey() {}

  /** The key of a folded word, or null. */
  static String of(String form) {
    if (form.length() < MIN_LETTERS) {
      return null;
    }
    if (PhoneticKey.isLatin(form)) {
      return latin(form);
    }
    if (PhoneticKey.isArabicScript(form)) {
      return arabic(form);
    }
    return null;
  }

  static String latin(String word) {
    String spelled = word.replace("ph", "f").replace("ck", "k").replace("sh", "x").replace("ch", "c")
        .replace('q', 'k').replace('v', 'w');
    if (spelled.length() >= 4 && spelled.endsWith("n") && isVowel(spelled, spelled.length() - 2)) {
      spelled = spelled.substring(0, spelled.length() - 1);
    }
    StringBuilder key = new StringBuilder(spelled.length());
    char last = 0;
    for (int i = 0; i < spelled.length(); i++) {
      char c = spelled.charAt(i);
      if (i > 0 && c == 'h' || c == last) {
        continue;
      }
      last = c;
      if (!isVowel(spelled, i)) {
        key.append(c);
      } else if (i == 0) {
        key.append('a');
      }
    }
    if (spelled.length() > 1 && isVowel(spelled, spelled.length() - 1)) {
      key.append('e');
    }
    return key.length() >= 2 ? key.toString() : null;
  }

  /** Whether the letter at i is a vowel: a, e, i, o, u, and y but at the start ("yeh"). */
  private static boolean isVowel(String word, int i) {
    char c = word.charAt(i);
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' && i > 0;
  }

  static String arabic(String word) {
    String key = PhoneticKey.arabic(word);
    if (key.length() >= 3 && key.endsWith("ن") && "ایو".indexOf(key.charAt(key.length() - 2)) >= 0) {
      key = key.substring(0, key.length() - 1);
    }
    return key.length() >= 2 ? key : null;
  }
}
