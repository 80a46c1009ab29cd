package news.broadsheet.media;

import java.util.Objects;

/** An upload refused, with a message for the person who sent it; nothing was stored. */
public final class MediaException extends RuntimeException {

  private final MediaError error;
  private final String field;

  MediaException(MediaError error, String field, String message) {
    super(message);
    this.error = Objects.requireNonNull(error, "error");
    this.field = field;
  }

  public MediaError error() {
    return error;
  }

  /** The form field at fault ({@code file}, {@code alt}, …). */
  public String field() {
    return field;
  }
}
