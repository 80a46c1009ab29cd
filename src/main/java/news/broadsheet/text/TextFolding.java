package news.broadsheet.text;

import java.text.Normalizer;

/**
 * Folds text to one form for matching: compatibility forms unfolded (full-width letters, Arabic
 * presentation forms), lower case, no accents or Arabic diacritics, no tatweel or invisible
 * characters, and one letter for each family of Urdu and Arabic variants (ي ى ے → ی, ك → ک,
 * ه ھ ة → ہ, ں → ن, hamza and madda dropped), Eastern digits as ASCII digits.
 */
public final class TextFolding {

  private static final int TATWEEL = 0x0640;

  private TextFolding() {}

  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.FORMAT
          || cp == TATWEEL) {
        continue;
      }
      out.appendCodePoint(canonical(Character.toLowerCase(cp)));
    }
    return out.toString();
  }

  /** One code point for each family of variants. */
  public static int canonical(int cp) {
    if (cp >= 0x0660 && cp <= 0x0669) {
      return '0' + (cp - 0x0660);
    }
    if (cp >= 0x06F0 && cp <= 0x06F9) {
      return '0' + (cp - 0x06F0);
    }
    return switch (cp) {
      case 0x064A, 0x0649, 0x06D2, 0x06CD, 0x06D0, 0x06CE -> 0x06CC; // ي ى ے ۍ ې ێ → ی
      case 0x0643 -> 0x06A9; // ك → ک
      case 0x0647, 0x06BE, 0x0629, 0x06C3, 0x06D5, 0x06C0 -> 0x06C1; // ه ھ ة ۃ ە ۀ → ہ
      case 0x06BA -> 0x0646; // ں → ن
      case 0x0671, 0x0672, 0x0673, 0x0675 -> 0x0627; // alef variants → ا
      case 0x2018, 0x2019, 0x201B, 0x02BC, 0x0060, 0x00B4 -> '\'';
      case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212 -> '-';
      default -> cp;
    };
  }
}
