package news.broadsheet.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Images made for tests: photographs with camera metadata, transparent drawings, and hostile files. */
final class Images {

  private Images() {}

  /** A picture wider than tall: a red left half and a blue right half. */
  static BufferedImage halves(int width, int height, boolean transparent) {
    BufferedImage image = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(Color.RED);
    graphics.fillRect(0, 0, width / 2, height);
    graphics.setColor(transparent ? new Color(0, 0, 255, 0) : Color.BLUE);
    graphics.fillRect(width / 2, 0, width - width / 2, height);
    graphics.dispose();
    return image;
  }

  static byte[] encode(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A JPEG with an Exif segment after its JFIF one, as cameras write: the orientation "rotate 90°
   * clockwise to view" and a GPS position written as text, and a comment.
   */
  static byte[] photoWithExif(BufferedImage image, String secret) {
    byte[] jpeg = encode(image, "jpg");
    ByteBuffer tiff = ByteBuffer.allocate(26 + secret.length());
    tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
    tiff.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
    tiff.putInt(0);
    tiff.put(secret.getBytes(StandardCharsets.US_ASCII));
    byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
    byte[] comment = secret.getBytes(StandardCharsets.US_ASCII);
    int afterJfif = 4 + ((jpeg[4] & 0xff) << 8 | (jpeg[5] & 0xff));
    return concat(java.util.Arrays.copyOf(jpeg, afterJfif), segment(0xE1, exif), segment(0xFE, comment),
        java.util.Arrays.copyOfRange(jpeg, afterJfif, jpeg.length));
  }

  /** A PNG whose header claims {@code width × height} pixels, with almost no data behind it. */
  static byte[] pngClaiming(int width, int height) {
    ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
        .put((byte) 0).put((byte) 0).put((byte) 0);
    Deflater deflater = new Deflater(9);
    deflater.setInput(new byte[1 << 20]);
    deflater.finish();
    byte[] buffer = new byte[8192];
    int length = deflater.deflate(buffer);
    byte[] data = java.util.Arrays.copyOf(buffer, length);
    return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, chunk("IHDR", header.array()),
        chunk("IDAT", data), chunk("IEND", new byte[0]));
  }

  /** A PNG with a text chunk of the given words. */
  static byte[] pngWithText(BufferedImage image, String text) {
    byte[] png = encode(image, "png");
    byte[] textChunk = chunk("tEXt", ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1));
    return concat(java.util.Arrays.copyOf(png, 33), textChunk, java.util.Arrays.copyOfRange(png, 33, png.length));
  }

  static BufferedImage decode(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] segment(int marker, byte[] data) {
    int length = data.length + 2;
    return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length}, data);
  }

  private static byte[] chunk(String type, byte[] data) {
    byte[] typed = concat(type.getBytes(StandardCharsets.US_ASCII), data);
    CRC32 crc = new CRC32();
    crc.update(typed);
    return concat(ByteBuffer.allocate(4).putInt(data.length).array(), typed,
        ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
