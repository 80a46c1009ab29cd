package news.broadsheet.web.staff.desk;

import java.util.List;
import news.broadsheet.web.staff.StaffFrame;
import news.broadsheet.web.staff.StaffTimes.ShownTime;

/** The desk's list of stories: tabs by status, one page of stories, latest change first. */
public record DeskListPage(StaffFrame frame, List<Tab> tabs, List<Row> stories, int page, String previous, String next,
    boolean everyone) {

  /** A status tab: its words, address, and whether it is open. */
  public record Tab(String label, String href, boolean current) {}

  /** A story: its headline and editor, status, authors, and who changed it last, when. */
  public record Row(String headline, String href, String status, String statusCode, String authors, ShownTime changed,
      String changedBy, ShownTime scheduled) {}
}
