package news.broadsheet.text;

/**
 * A small phonetic key that gives the common spellings of one word the same key: romanised Urdu
 * writes "kutta", "kuttaa", "kuta" and "kutha" for one word, and "ghaddar", "gaddar", "ghadar" for
 * another; Urdu script writes ط and ت, or ص, ث and س, for one sound.
 *
 * <p>Latin: letters repeated three times or more count once, "ee" is "i" and "oo" "u"; ch, sh,
 * kh, gh, ph, th, dh, bh, jh, ck, q and v fold to one letter each; doubled letters count
 * once; a final "ay", "ey" or "ai" is "e". Keys shorter than {@link #MIN_LENGTH} are not used,
 * so that short words ("ass", "shit") match only by their own letters and never a neighbour such
 * as "as" or "sheet".
 */
public final class PhoneticKey {

  public static final int MIN_LENGTH = 4;

  private PhoneticKey() {}

  /** The key of a folded word, or null when the word is short, mixed or in another script. */
  public static String of(String word) {
    String key;
    if (isLatin(word)) {
      key = latin(word);
    } else if (isArabicScript(word)) {
      key = arabic(word);
    } else {
      return null;
    }
    return key.codePointCount(0, key.length()) >= MIN_LENGTH ? key : null;
  }

  public static String latin(String word) {
    String key = collapse(word, 3);
    key = key.replace("ee", "i").replace("oo", "u");
    key = key.replace("ch", "C").replace("sh", "S");
    for (String aspirated : new String[] {"kh", "gh", "ph", "th", "dh", "bh", "jh"}) {
      key = key.replace(aspirated, aspirated.equals("ph") ? "f" : aspirated.substring(0, 1));
    }
    key = key.replace("ck", "k").replace('q', 'k').replace('v', 'w');
    key = key.replace("iy", "i");
    key = collapse(key, 2);
    for (String ending : new String[] {"ay", "ey", "ai"}) {
      if (key.endsWith(ending) && key.length() > ending.length()) {
        return key.substring(0, key.length() - ending.length()) + "e";
      }
    }
    return key;
  }

  public static String arabic(String word) {
    StringBuilder key = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      key.append(
          switch (word.charAt(i)) {
            case 'ط' -> 'ت';
            case 'ث', 'ص' -> 'س';
            case 'ذ', 'ض', 'ظ' -> 'ز';
            case 'ح' -> 'ہ';
            default -> word.charAt(i);
          });
    }
    return collapse(key.toString(), 2);
  }

  /** Writes each run of {@code atLeast} or more equal characters as one. */
  public static String collapse(String word, int atLeast) {
    StringBuilder out = new StringBuilder(word.length());
    int i = 0;
    while (i < word.length()) {
      int run = 1;
      while (i + run < word.length() && word.charAt(i + run) == word.charAt(i)) {
        run++;
      }
      out.append(word, i, i + (run >= atLeast ? 1 : run));
      i += run;
    }
    return out.toString();
  }

  public static boolean isLatin(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return !word.isEmpty();
  }

  public static boolean isArabicScript(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 0x0600 || c > 0x06FF || !Character.isLetter(c)) {
        return false;
      }
    }
    return !word.isEmpty();
  }
}
