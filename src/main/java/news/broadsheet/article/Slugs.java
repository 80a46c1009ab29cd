package news.broadsheet.article;

import java.text.Normalizer;
import java.util.Locale;

/** Readable, address-safe forms of headlines: "US, Pakistan inch…" becomes "us-pakistan-inch…". */
public final class Slugs {

  private static final int MAX_LENGTH = 80;

  private Slugs() {}

  public static String of(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    String slug = plain.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_LENGTH) {
      // Never half a character: a letter outside the BMP is two chars in a Java string.
      int end = Character.isHighSurrogate(slug.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
      slug = slug.substring(0, end).replaceAll("-[^-]*$", "");
    }
    return slug.isEmpty() ? "story" : slug;
  }
}
