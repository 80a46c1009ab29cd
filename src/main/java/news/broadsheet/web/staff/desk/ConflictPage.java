package news.broadsheet.web.staff.desk;

import java.util.List;
import java.util.Map;
import news.broadsheet.desk.FieldDiff;
import news.broadsheet.web.staff.StaffFrame;
import news.broadsheet.web.staff.StaffTimes.ShownTime;

/**
 * The answer to a save over a newer revision (409): both versions side by side, who saved theirs
 * and when, the differences word by word, and a way to keep either.
 *
 * @param mine the refused version, as typed
 * @param theirs the saved version
 * @param revision the latest revision, which saving mine again would start from
 */
public record ConflictPage(StaffFrame frame, long storyId, Map<String, String> mine, Map<String, String> theirs,
    String theirAuthor, int revision, ShownTime savedAt, List<FieldDiff> differences) {

  /** The fields compared, with their labels, in the order of the editor. */
  public static final List<String[]> FIELDS = List.of(
      new String[] {"headline", "Headline"}, new String[] {"standfirst", "Standfirst"},
      new String[] {"authors", "Authors"}, new String[] {"dateline", "Dateline"}, new String[] {"section", "Section"},
      new String[] {"tags", "Tags"}, new String[] {"body", "Body"});

  public List<String[]> fields() {
    return FIELDS;
  }
}
