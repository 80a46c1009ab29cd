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
 */
final class ExportFileName {

  private static final int MAX_HEADLINE_PART = 60;

  private ExportFileName() {}

  static String of(StoryKey key) {
    String headline = Slugs.of(key.headline());
    if (headline.length() > MAX_HEADLINE_PART) {
      headline = headline.substring(0, MAX_HEADLINE_PART).replaceAll("-+$", "");
    }
    return key.publishedOn() + "_" + Slugs.of(key.source()) + "_" + headline + "_" + digest(key) + ".txt";
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
