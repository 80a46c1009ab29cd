package news.broadsheet.media;

/** Images other packages' tests upload. */
public final class TestImages {

  private TestImages() {}

  /** A JPEG photograph of our own making, of the given size. */
  public static byte[] jpeg(int width, int height) {
    return Images.encode(Images.halves(width, height, false), "jpg");
  }

  /** A PNG with transparent pixels. */
  public static byte[] transparentPng(int width, int height) {
    return Images.encode(Images.halves(width, height, true), "png");
  }
}
