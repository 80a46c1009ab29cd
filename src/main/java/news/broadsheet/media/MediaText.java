package news.broadsheet.media;

import java.util.Objects;

/**
 * The words that go with an image.
 *
 * @param alt what the image shows, for readers who cannot see it (required)
 * @param caption what the picture is about, under it, or ""
 * @param credit who made it ("Photo: Ayesha Khan"), or ""
 */
public record MediaText(String alt, String caption, String credit) {

  static final int MAX_ALT = 300;
  static final int MAX_CAPTION = 500;
  static final int MAX_CREDIT = 120;

  public MediaText {
    alt = Objects.requireNonNullElse(alt, "").strip();
    caption = Objects.requireNonNullElse(caption, "").strip();
    credit = Objects.requireNonNullElse(credit, "").strip();
  }

  /** This text, or a refusal naming the field at fault. */
  MediaText checked() {
    if (alt.isEmpty()) {
      throw new MediaException(MediaError.INVALID_TEXT, "alt",
          "Describe the image in its alt text, for readers who cannot see it.");
    }
    check("alt", "alt text", alt, MAX_ALT);
    check("caption", "caption", caption, MAX_CAPTION);
    check("credit", "credit", credit, MAX_CREDIT);
    return this;
  }

  private static void check(String field, String what, String text, int max) {
    if (text.length() > max) {
      throw new MediaException(MediaError.INVALID_TEXT, field, "The " + what + " has " + text.length()
          + " characters; at most " + max + ".");
    }
    if (text.codePoints().anyMatch(Character::isISOControl)) {
      throw new MediaException(MediaError.INVALID_TEXT, field, "The " + what + " must fit on one line.");
    }
  }
}
