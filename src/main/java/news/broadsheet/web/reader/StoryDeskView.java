package news.broadsheet.web.reader;

import java.util.List;
import news.broadsheet.web.page.SafeHtml;

/**
 * What a story page shows of the desk beyond the story's text: its body's HTML (CommonMark
 * stories), author pages, section, tags, lead image and corrections. Archived stories have none.
 *
 * @param body the body's HTML, or null for a plain-text body (the page writes its paragraphs)
 * @param section the section's link, or null
 * @param lead the lead image, or null
 */
public record StoryDeskView(SafeHtml body, List<Link> authors, Link section, List<Link> tags, Figure lead,
    List<CorrectionNote> corrections) {

  static final StoryDeskView NONE = new StoryDeskView(null, List.of(), null, List.of(), null, List.of());

  public StoryDeskView {
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    corrections = List.copyOf(corrections);
  }

  /** A link to one of the site's pages. */
  public record Link(String label, String href) {}

  /** An image at every stored width, with its words. */
  public record Figure(String src, String srcset, String sizes, int width, int height, String alt, String caption,
      String credit) {}

  /** A correction note with its date. */
  public record CorrectionNote(String date, String iso, String text) {}
}
