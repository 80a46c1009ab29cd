package news.broadsheet.media;

import java.util.List;
import java.util.Objects;

/**
 * A stored image: its key (a digest of the uploaded file, the same in every Broadsheet that holds
 * it), the widths it is served at, and the words that go with it.
 *
 * @param width the largest rendition's width
 * @param height the largest rendition's height
 * @param alt what the image shows, for readers who cannot see it (required)
 * @param widths every rendition's width, smallest first
 */
public record Media(
    String key, MediaFormat format, int width, int height, String alt, String caption, String credit, List<Integer> widths) {

  public Media {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(alt, "alt");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(credit, "credit");
    widths = List.copyOf(widths);
  }

  /** The address of the rendition of this width: {@code /media/KEY/640.jpg}. */
  public String path(int renditionWidth) {
    return "/media/" + key + "/" + renditionWidth + "." + format.extension();
  }

  /** The address of the largest rendition. */
  public String path() {
    return path(width);
  }

  /** The {@code srcset} of every rendition: "/media/KEY/320.jpg 320w, …". */
  public String srcset() {
    StringBuilder set = new StringBuilder();
    for (int each : widths) {
      set.append(set.length() == 0 ? "" : ", ").append(path(each)).append(' ').append(each).append('w');
    }
    return set.toString();
  }

  /** The height of the rendition of this width, keeping the image's proportions. */
  public int heightAt(int renditionWidth) {
    return Math.max(1, (int) Math.round((double) height * renditionWidth / width));
  }
}
