package news.broadsheet.media;

/** Images other packages' tests upload. */
public final class TestImages {

  private TestImages() {}

  /** A JPEG photograph of our own making, of the given size. */
  public static byte[] jpeg(int width, int height) {
    return Images.encode(Images.halves(width, height, false), "jpg");
  }

  /** A JPEG of random pixels, which compresses badly: about 0.7 bytes a pixel. */
  public static byte[] noisyJpeg(int width, int height) {
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.util.Random random = new java.util.Random(7);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    return Images.encode(image, "jpg");
  }

  /** A PNG with transparent pixels. */
  public static byte[] transparentPng(int width, int height) {
    return Images.encode(Images.halves(width, height, true), "png");
  }
}
