package news.broadsheet.web.reader;

import java.util.List;
import news.broadsheet.desk.Section;

/**
 * What the search page's filters offer.
 *
 * @param sources every source, by name
 * @param sections every section, in the newsroom's order
 */
public record SearchChoices(List<String> sources, List<Section> sections) {

  public SearchChoices {
    sources = List.copyOf(sources);
    sections = List.copyOf(sections);
  }
}
