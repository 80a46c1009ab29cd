package news.broadsheet.moderation;

import news.broadsheet.text.PhoneticKey;
import java.util.Arrays;

/**
 * A word ready for matching: its letters with each run written once ("iddiooot" → "idiot"), how
 * long each run is, and its {@link PhoneticKey} (or null).
 */
record WordForm(String word, String runs, int[] runLengths, String phonetic) {

  static WordForm of(String word) {
    StringBuilder runs = new StringBuilder(word.length());
    int[] lengths = new int[word.length()];
    int count = 0;
    int i = 0;
    while (i < word.length()) {
      int run = 1;
      while (i + run < word.length() && word.charAt(i + run) == word.charAt(i)) {
        run++;
      }
      runs.append(word.charAt(i));
      lengths[count++] = run;
      i += run;
    }
    return new WordForm(word, runs.toString(), Arrays.copyOf(lengths, count), PhoneticKey.of(word));
  }

  /**
   * Whether this word (from a comment) is a spelling of the entry word: the same letters with
   * each letter repeated at least as often ("iddiooot" is "idiot", "as" is not "ass"), or the
   * same phonetic key ("kuta" is "kutta").
   */
  boolean spells(WordForm entry) {
    if (runs.equals(entry.runs) && longEnough(entry)) {
      return true;
    }
    return phonetic != null && phonetic.equals(entry.phonetic);
  }

  private boolean longEnough(WordForm entry) {
    for (int i = 0; i < runLengths.length; i++) {
      if (runLengths[i] < entry.runLengths[i]) {
        return false;
      }
    }
    return true;
  }

  /** The word without an English plural ending ("idiots" → "idiot", "bitches" → "bitch"), or null. */
  WordForm singular() {
    if (!PhoneticKey.isLatin(word) || word.length() < 4 || !word.endsWith("s")) {
      return null;
    }
    return WordForm.of(word.substring(0, word.length() - 1));
  }

  /** The word without a plural "es" after a hissing sound ("bitches" → "bitch", not "shiites" → "shiit"). */
  WordForm singularOfEs() {
    if (!PhoneticKey.isLatin(word) || word.length() < 5 || !word.endsWith("es")) {
      return null;
    }
    String stem = word.substring(0, word.length() - 2);
    boolean sibilant = stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z") || stem.endsWith("ch")
        || stem.endsWith("sh");
    return sibilant ? WordForm.of(stem) : null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WordForm form && form.word.equals(word);
  }

  @Override
  public int hashCode() {
    return word.hashCode();
  }

  @Override
  public String toString() {
    return word;
  }
}
