package news.broadsheet.web.staff;

import java.util.List;

/** The banned and suspect word lists with forms to add and remove words. */
public record AdminWordsPage(StaffFrame frame, List<WordListView> lists, String problem) {

  public String csrf() {
    return frame.csrf();
  }

  /** One list: its code (banned, suspect), what it does, and its words. */
  public record WordListView(String code, String title, String effect, List<String> words) {}
}
