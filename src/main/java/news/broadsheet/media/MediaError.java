package news.broadsheet.media;

/** Why an upload was refused; nothing of it is stored. */
public enum MediaError {
  /** The file is larger than the site takes. */
  TOO_LARGE,
  /** The file is not a JPEG, PNG or WebP image (or is damaged). */
  NOT_AN_IMAGE,
  /** The image declares more pixels than may be decoded: a decompression bomb, or simply too big. */
  TOO_MANY_PIXELS,
  /** A required word is missing or too long (alt text, caption, credit). */
  INVALID_TEXT
}
