package news.broadsheet.web.page;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * The compressed forms a kept story page (or a static file: gzip) is served in, each made once: brotli where
 * its native library loads (quality 5: as fast as gzip's default and about a seventh smaller on a
 * story page; the highest quality, a sixth smaller again, costs a hundred times as much, and every
 * page of the long tail is compressed for one or two readers), else gzip.
 */
public enum PageCoding {
  BROTLI("br"),
  GZIP("gzip");

  private static final int BROTLI_QUALITY = 5;
  private static final boolean BROTLI_LOADED = Brotli4jLoader.isAvailable();

  private final String token;

  PageCoding(String token) {
    this.token = token;
  }

  /** The name of the coding in Accept-Encoding and Content-Encoding. */
  public String token() {
    return token;
  }

  /** The coding to answer with, brotli first, or null when the header names neither (or refuses both). */
  public static PageCoding preferred(String acceptEncoding) {
    if (BROTLI_LOADED && accepts(acceptEncoding, BROTLI.token)) {
      return BROTLI;
    }
    return accepts(acceptEncoding, GZIP.token) ? GZIP : null;
  }

  /** Whether the Accept-Encoding header names the coding, other than with a zero weight ("gzip;q=0": refused). */
  public static boolean accepts(String acceptEncoding, String coding) {
    for (String named : acceptEncoding.split(",")) {
      String[] parts = named.trim().split(";");
      if (parts[0].trim().equalsIgnoreCase(coding)) {
        return !(parts.length > 1 && parts[1].replace(" ", "").matches("q=0(\\.0*)?"));
      }
    }
    return false;
  }

  /** The page in this coding. */
  public byte[] encode(byte[] page) {
    return this == BROTLI ? brotli(page) : gzip(page);
  }

  private static byte[] brotli(byte[] page) {
    try {
      return Encoder.compress(page, new Encoder.Parameters().setQuality(BROTLI_QUALITY).setMode(Encoder.Mode.TEXT));
    } catch (IOException failed) {
      throw new UncheckedIOException("compressing a page with brotli", failed);
    }
  }

  private static byte[] gzip(byte[] page) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(page.length / 6 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
      gzip.write(page);
    } catch (IOException impossible) {
      throw new UncheckedIOException("compressing in memory", impossible);
    }
    return out.toByteArray();
  }
}
