package news.broadsheet.moderation;

import news.broadsheet.text.PhoneticKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The classifier's view of a text: for every word, hashed character n-grams of 2 to 5 letters of
 * the folded word (with its edges marked) and the whole word. N-grams of folded text work for any
 * script and for the many spellings of romanised Urdu; look-alike digits are read as letters and
 * letters repeated three times or more count twice, so evasions look like what they hide.
 * Numbers become shapes ("0300 1234567" → "9999 9999999"), which is what spam has in common.
 *
 * @param words the words, as written (folded)
 * @param wordFeatures the features of each word
 * @param all every distinct feature of the text, sorted
 */
record TextFeatures(List<String> words, List<int[]> wordFeatures, int[] all) {

  static final int BUCKETS = 1 << 19;
  private static final int MIN_GRAM = 2;
  private static final int MAX_GRAM = 5;

  static TextFeatures of(String text) {
    return of(Tokenizer.tokenize(text));
  }

  static TextFeatures of(TokenizedText tokens) {
    List<String> words = new ArrayList<>();
    List<int[]> features = new ArrayList<>();
    for (List<Token> group : List.of(tokens.words(), tokens.joined())) {
      for (Token token : group) {
        words.add(token.shown());
        features.add(wordFeatures(shape(token.text())));
      }
    }
    int total = 0;
    for (int[] word : features) {
      total += word.length;
    }
    int[] all = new int[total];
    int at = 0;
    for (int[] word : features) {
      System.arraycopy(word, 0, all, at, word.length);
      at += word.length;
    }
    return new TextFeatures(words, features, distinct(all, total));
  }

  static String shape(String word) {
    boolean digitsOnly = word.chars().allMatch(Character::isDigit);
    String shaped = digitsOnly ? word.replaceAll("\\d", "9") : word;
    return PhoneticKey.collapse(shaped, 3).equals(shaped) ? shaped : twice(shaped);
  }

  /** Writes runs of three or more equal characters as two. */
  private static String twice(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      int n = out.length();
      if (n >= 2 && out.charAt(n - 1) == word.charAt(i) && out.charAt(n - 2) == word.charAt(i)) {
        continue;
      }
      out.append(word.charAt(i));
    }
    return out.toString();
  }

  private static int[] wordFeatures(String word) {
    String marked = "\u0002" + word + "\u0003";
    int[] grams = new int[1 + (MAX_GRAM - MIN_GRAM + 1) * marked.length()];
    int count = 0;
    grams[count++] = bucket(marked, 0, marked.length(), 1);
    for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
      for (int start = 0; start + n <= marked.length(); start++) {
        grams[count++] = bucket(marked, start, start + n, 0);
      }
    }
    return distinct(grams, count);
  }

  /** The distinct values among the first {@code count}, sorted. */
  private static int[] distinct(int[] values, int count) {
    java.util.Arrays.sort(values, 0, count);
    int kept = 0;
    for (int i = 0; i < count; i++) {
      if (kept == 0 || values[kept - 1] != values[i]) {
        values[kept++] = values[i];
      }
    }
    return java.util.Arrays.copyOf(values, kept);
  }

  /** FNV-1a over the characters, then mixed, into one of {@link #BUCKETS}. */
  private static int bucket(String text, int from, int to, int kind) {
    int hash = 0x811C9DC5 ^ kind;
    for (int i = from; i < to; i++) {
      hash ^= text.charAt(i);
      hash *= 0x01000193;
    }
    hash ^= hash >>> 16;
    hash *= 0x85EBCA6B;
    hash ^= hash >>> 13;
    return hash & (BUCKETS - 1);
  }
}
