package news.broadsheet.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * What readers type (names, comments): brought to one Unicode form (NFC), so that text that looks
 * the same is stored the same, and checked for characters no reader means to type and that can
 * hide or disguise what is shown: NUL and other control characters (line breaks aside, and tabs
 * in running text), bidirectional overrides, embeddings and isolates (which can make a name or a
 * link read backwards), and halves of a character.
 */
public final class TypedText {

  private TypedText() {}

  /** The text in Unicode's composed form (NFC); null stays null. */
  public static String normalised(String text) {
    return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * The first character the text may not hold, described for a person ("a control character
   * (U+0007)"), or empty when every character is allowed.
   *
   * @param lines whether the text may hold line breaks and tabs (a comment) or not (a name)
   */
  public static Optional<String> refusedCharacter(String text, boolean lines) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      String refused = describe(c, lines);
      if (refused != null) {
        return Optional.of(refused + " (" + codeOf(c) + ")");
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  private static String describe(int c, boolean lines) {
    if (c == 0) {
      return "a NUL character";
    }
    if (Character.getType(c) == Character.CONTROL) {
      boolean layout = c == '\n' || c == '\r' || c == '\t';
      return lines && layout ? null : "a control character";
    }
    if (c >= 0x202A && c <= 0x202E) {
      return "a bidirectional override";
    }
    if (c >= 0x2066 && c <= 0x2069) {
      return "a bidirectional isolate";
    }
    if (c <= 0xFFFF && Character.isSurrogate((char) c)) {
      return "half of a character";
    }
    return null;
  }

  private static String codeOf(int c) {
    return "U+" + String.format(Locale.ROOT, "%04X", c);
  }
}
