package news.broadsheet.web;

import java.util.List;

/** Every month with stories, newest first, grouped by year. */
public record ArchiveIndexPage(PageMeta meta, List<Year> years) {

  /** One year's months. */
  public record Year(int year, List<CountLink> months) {}
}
