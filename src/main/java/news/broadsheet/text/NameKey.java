package news.broadsheet.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.UnicodeSet;

/**
 * The key by which names are compared, so that names a reader cannot tell apart are the same
 * name: {@code Ada}, {@code ADA}, {@code Аda} (with a Cyrillic А) and {@code Ada} with a
 * zero-width space all have one key. The name is brought to NFC, stripped of characters that
 * are not shown (Unicode's default-ignorable code points: zero-width spaces and joiners, soft
 * hyphens, variation selectors), its spaces run together, its case folded, and mapped to its
 * confusable skeleton (Unicode TS #39, ICU's {@link SpoofChecker}), folded once more.
 */
public final class NameKey {

  private static final UnicodeSet NOT_SHOWN = new UnicodeSet("[:Default_Ignorable_Code_Point:]").freeze();
  private static final UnicodeSet SPACES = new UnicodeSet("[[:White_Space:][:Zs:]]").freeze();
  private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();

  private NameKey() {}

  public static String of(String name) {
    String composed = TypedText.normalised(name == null ? "" : name);
    StringBuilder shown = new StringBuilder(composed.length());
    boolean space = false;
    for (int i = 0; i < composed.length(); ) {
      int c = composed.codePointAt(i);
      i += Character.charCount(c);
      if (SPACES.contains(c)) {
        space = shown.length() > 0;
      } else if (!NOT_SHOWN.contains(c)) {
        if (space) {
          shown.append(' ');
          space = false;
        }
        shown.appendCodePoint(c);
      }
    }
    String skeleton = SKELETONS.getSkeleton(UCharacter.foldCase(shown.toString(), true));
    return UCharacter.foldCase(skeleton, true);
  }
}
