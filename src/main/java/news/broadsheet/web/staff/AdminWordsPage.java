package news.broadsheet.web.staff;

import java.util.List;
import news.broadsheet.web.page.PageMeta;

/** The banned and suspect word lists with forms to add and remove words. */
public record AdminWordsPage(PageMeta meta, String csrf, String staffName, List<WordListView> lists, String problem) {

  /** One list: its code (banned, suspect), what it does, and its words. */
  public record WordListView(String code, String title, String effect, List<String> words) {}
}
