package news.broadsheet.desk;

import java.util.List;
import news.broadsheet.media.Media;

/**
 * What a story's page shows beyond its text: author profiles, section, tags, lead image and
 * correction notes (oldest first). Archived stories have none of these.
 *
 * @param section null when the story has none
 * @param lead the lead image, or null
 */
public record StoryDetails(List<Author> authors, Section section, List<Tag> tags, Media lead,
    List<Correction> corrections) {

  public static final StoryDetails NONE = new StoryDetails(List.of(), null, List.of(), null, List.of());

  public StoryDetails {
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    corrections = List.copyOf(corrections);
  }
}
