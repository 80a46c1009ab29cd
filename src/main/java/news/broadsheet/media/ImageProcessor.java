package news.broadsheet.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * Decodes an uploaded JPEG, PNG or WebP and encodes it again at several widths, from its pixels
 * alone: no metadata (camera, GPS position, comments) survives. The image's declared size is read
 * before any pixel is decoded, so a decompression bomb is refused at no cost; a large photograph
 * is decoded subsampled, so memory stays bounded whatever the upload.
 */
final class ImageProcessor {

  /** The widths served for {@code srcset}; an image narrower than one is served at its own width instead. */
  static final int[] WIDTHS = {320, 640, 960, 1280, 1600};
  static final long MAX_PIXELS = 50_000_000L;
  static final int MAX_SIDE = 20_000;
  /** Images above this many pixels are decoded at a fraction of their size (still wider than served). */
  private static final long DECODE_PIXELS = 6_000_000L;
  private static final Set<String> TAKEN = Set.of("jpeg", "png", "webp");

  /** The renditions of an upload, widest last. */
  record Processed(MediaFormat format, List<Rendition> renditions) {}

  Processed process(byte[] bytes) {
    try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = readerOf(input);
      try {
        reader.setInput(input, true, false);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage image = decode(reader);
        if (!warnings.isEmpty()) {
          throw notAnImage("it is damaged (" + warnings.get(0) + ")");
        }
        return encode(image);
      } finally {
        reader.dispose();
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException | ArrayIndexOutOfBoundsException damaged) {
      throw notAnImage("it could not be decoded (" + damaged.getClass().getSimpleName() + ")");
    }
  }

  private static ImageReader readerOf(ImageInputStream input) throws IOException {
    Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
    if (!readers.hasNext()) {
      throw notAnImage("it is not an image");
    }
    ImageReader reader = readers.next();
    String format = reader.getFormatName().toLowerCase(Locale.ROOT);
    if (!TAKEN.contains(format)) {
      reader.dispose();
      throw notAnImage("it is a " + format.toUpperCase(Locale.ROOT) + " image");
    }
    return reader;
  }

  private static BufferedImage decode(ImageReader reader) throws IOException {
    int width = reader.getWidth(0);
    int height = reader.getHeight(0);
    long pixels = (long) width * height;
    if (pixels > MAX_PIXELS || width > MAX_SIDE || height > MAX_SIDE) {
      throw new MediaException(MediaError.TOO_MANY_PIXELS, "file",
          "The image is " + width + " × " + height + " pixels; the desk takes images of at most "
              + MAX_PIXELS / 1_000_000 + " megapixels and " + MAX_SIDE + " pixels a side.");
    }
    ImageReadParam param = reader.getDefaultReadParam();
    int step = (int) Math.ceil(Math.sqrt((double) pixels / DECODE_PIXELS));
    if (step > 1) {
      param.setSourceSubsampling(step, step, 0, 0);
    }
    Orientation orientation = orientation(reader);
    BufferedImage image = reader.read(0, param);
    return orientation == null || orientation == Orientation.TOP_LEFT
        ? image
        : ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
  }

  /** How a photograph's Exif says to turn it, or null when it says nothing readable. */
  private static Orientation orientation(ImageReader reader) throws IOException {
    if (!reader.getFormatName().equalsIgnoreCase("jpeg")) {
      return null;
    }
    try {
      return ExifUtils.getExifOrientation(reader, 0);
    } catch (javax.imageio.IIOException unreadableMetadata) {
      return null;
    }
  }

  private static Processed encode(BufferedImage decoded) throws IOException {
    boolean transparent = isTransparent(decoded);
    MediaFormat format = transparent ? MediaFormat.PNG : MediaFormat.JPEG;
    BufferedImage image = transparent ? decoded : opaque(decoded);
    int widest = Math.min(image.getWidth(), WIDTHS[WIDTHS.length - 1]);
    List<Rendition> renditions = new ArrayList<>();
    for (int width : WIDTHS) {
      if (width < widest) {
        renditions.add(rendition(image, width, format));
      }
    }
    renditions.add(rendition(image, widest, format));
    return new Processed(format, renditions);
  }

  private static Rendition rendition(BufferedImage image, int width, MediaFormat format) throws IOException {
    BufferedImage scaled = width == image.getWidth() ? image : Thumbnails.of(image).width(width).asBufferedImage();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Thumbnails.of(scaled).scale(1).outputFormat(format.extension()).outputQuality(0.85).toOutputStream(out);
    return new Rendition(scaled.getWidth(), scaled.getHeight(), out.toByteArray());
  }

  /** Whether any pixel is less than opaque (a PNG's alpha channel that is all opaque does not count). */
  private static boolean isTransparent(BufferedImage image) {
    if (!image.getColorModel().hasAlpha()) {
      return false;
    }
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) >>> 24) != 0xff) {
          return true;
        }
      }
    }
    return false;
  }

  /** The image as plain RGB, which JPEG encoders take without surprises. */
  private static BufferedImage opaque(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = rgb.createGraphics();
    try {
      graphics.drawImage(image, 0, 0, Color.WHITE, null);
    } finally {
      graphics.dispose();
    }
    return rgb;
  }

  private static MediaException notAnImage(String why) {
    return new MediaException(MediaError.NOT_AN_IMAGE, "file",
        "The file cannot be used: " + why + ". The desk takes JPEG, PNG and WebP images.");
  }
}
