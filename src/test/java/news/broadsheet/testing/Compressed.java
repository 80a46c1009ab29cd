package news.broadsheet.testing;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

/** Response bodies unpacked as a browser would: gzip, and brotli with Google's decoder. */
public final class Compressed {

  private Compressed() {}

  public static byte[] gunzip(byte[] body) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }

  /** The brotli stream's content; fails unless the stream is whole and valid. */
  public static byte[] unbrotli(byte[] body) throws IOException {
    Brotli4jLoader.ensureAvailability();
    DirectDecompress unpacked = Decoder.decompress(body);
    if (unpacked.getResultStatus() != DecoderJNI.Status.DONE) {
      throw new IOException("not a whole brotli stream: " + unpacked.getResultStatus());
    }
    return unpacked.getDecompressedData();
  }
}
