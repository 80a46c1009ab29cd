package news.broadsheet.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import news.broadsheet.article.Slugs;
import news.broadsheet.article.StoryKey;

/**
 * The name an exported story's file gets: its date, source and headline in readable form, and
 * a digest of its identity, so the name is the same in every export from every database.
 *
 * <p>File systems take names of up to 255 bytes. The name, and the name of the partial file it
 * is written as first, stay within that whatever the script: the readable parts are cut on a
 * character boundary to fit their share of bytes, and the digest keeps names that are cut alike
 * apart.
 */
final class ExportFileName {

  /** Added to a name while its file is being written. */
  static final String PARTIAL_SUFFIX = ".partial";
  static final int MAX_BYTES = 255 - PARTIAL_SUFFIX.length();
  private static final int MAX_HEADLINE_CHARACTERS = 60;
  private static final int MAX_SOURCE_BYTES = 60;
  private static final String EXTENSION = ".txt";

  private ExportFileName() {}

  static String of(StoryKey key) {
    String digest = digest(key);
    String source = cut(Slugs.of(key.source()), Integer.MAX_VALUE, MAX_SOURCE_BYTES);
    String date = key.publishedOn().toString();
    int headlineBytes = MAX_BYTES - utf8Length(date + "_" + source + "__" + digest + EXTENSION);
    String headline = cut(Slugs.of(key.headline()), MAX_HEADLINE_CHARACTERS, headlineBytes);
    return date + "_" + source + "_" + headline + "_" + digest + EXTENSION;
  }

  /**
   * The longest start of a slug with at most this many characters and UTF-8 bytes, ending on a
   * whole character and without a trailing hyphen.
   */
  static String cut(String slug, int maxCharacters, int maxBytes) {
    int end = 0;
    int bytes = 0;
    for (int characters = 0; end < slug.length() && characters < maxCharacters; characters++) {
      int codePoint = slug.codePointAt(end);
      bytes += utf8Length(Character.toString(codePoint));
      if (bytes > maxBytes) {
        break;
      }
      end += Character.charCount(codePoint);
    }
    return end == slug.length() ? slug : slug.substring(0, end).replaceAll("-+$", "");
  }

  private static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String digest(StoryKey key) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      String identity = key.source() + "\0" + key.publishedOn() + "\0" + key.headline();
      byte[] hash = sha256.digest(identity.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("every Java runtime has SHA-256", missing);
    }
  }
}
