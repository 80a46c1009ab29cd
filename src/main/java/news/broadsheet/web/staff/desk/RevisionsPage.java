package news.broadsheet.web.staff.desk;

import java.util.List;
import news.broadsheet.desk.FieldDiff;
import news.broadsheet.web.staff.StaffFrame;
import news.broadsheet.web.staff.StaffTimes.ShownTime;

/**
 * A story's revisions, newest first, and the difference between two of them.
 *
 * @param latest the story's latest revision (a restore starts from it)
 * @param from the older revision compared, or 0 when none is
 * @param differences the fields that differ between {@code from} and {@code to}, word by word
 */
public record RevisionsPage(StaffFrame frame, long storyId, String headline, int latest, List<Row> revisions, int from,
    int to, List<FieldDiff> differences, boolean canRestore) {

  /** One revision: who did what, when. */
  public record Row(int number, String what, String by, ShownTime when, String note, String status) {}
}
