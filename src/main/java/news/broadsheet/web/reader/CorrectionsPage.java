package news.broadsheet.web.reader;

import java.util.List;
import news.broadsheet.web.page.PageMeta;

/** Every correction of a published story, newest first, a page at a time. */
public record CorrectionsPage(PageMeta meta, List<Item> corrections, PagerView pager) {

  /** A correction with its story. */
  public record Item(String headline, String storyPath, String date, String iso, String text) {}
}
