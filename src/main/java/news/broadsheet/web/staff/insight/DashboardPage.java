package news.broadsheet.web.staff.insight;

import java.util.List;
import java.util.Optional;
import news.broadsheet.web.staff.StaffFrame;

/**
 * The newsroom's dashboard ({@code admin/dashboard.jte}).
 *
 * @param heading the day and what the page narrows to ("Sat 3 March 2018 · DAWN.COM")
 * @param zoneNote in which zone days and hours are counted
 * @param archive what is stored in all (the figures of {@code broadsheet stats})
 * @param empty a note when the period has no comments, with the last day that has some, or null
 */
public record DashboardPage(
    StaffFrame frame,
    String heading,
    Controls controls,
    String zoneNote,
    List<Stat> archive,
    Empty empty,
    Figure perDay,
    Figure perHour,
    DataTable storiesOfDay,
    DataTable storiesOfWeek,
    List<Stat> commenters,
    DataTable mostActive,
    List<Stat> workload,
    Figure pending,
    DataTable reasons,
    DataTable bySource) {

  /**
   * The form that picks the day, the period and the source, and the links to the days around.
   *
   * @param day the day shown, as the date field takes it
   */
  public record Controls(String day, List<Option> periods, List<Option> sources, String previousHref, String nextHref,
      String todayHref) {}

  /** An option of a select. */
  public record Option(String value, String label, boolean selected) {}

  /** A period with no comments, and the last day with some (null when there are none at all). */
  public record Empty(String message, String lastDayHref, String lastDayLabel) {}

  /** Every table of the page, for its download as CSV. */
  public List<DataTable> tables() {
    return List.of(perDay.table(), perHour.table(), storiesOfDay, storiesOfWeek, mostActive, pending.table(), reasons,
        bySource);
  }

  public Optional<DataTable> table(String id) {
    return tables().stream().filter(table -> table.id().equals(id)).findFirst();
  }
}
