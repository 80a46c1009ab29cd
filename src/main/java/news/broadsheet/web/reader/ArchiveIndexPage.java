package news.broadsheet.web.reader;

import java.util.List;
import news.broadsheet.web.page.PageMeta;

/** Every month with stories, newest first, grouped by year. */
public record ArchiveIndexPage(PageMeta meta, List<Year> years) {

  /** One year's months. */
  public record Year(int year, List<CountLink> months) {}
}
