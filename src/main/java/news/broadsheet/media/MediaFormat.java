package news.broadsheet.media;

import java.util.Locale;

/** How a stored image is encoded: JPEG for photographs, PNG for images with transparency. */
public enum MediaFormat {
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png");

  private final String contentType;
  private final String extension;

  MediaFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static MediaFormat fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
