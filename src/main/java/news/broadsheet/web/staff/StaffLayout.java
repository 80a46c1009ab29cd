package news.broadsheet.web.staff;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.account.User;
import news.broadsheet.moderation.QueueService;
import news.broadsheet.moderation.QueueFilter;
import news.broadsheet.moderation.QueueTab;
import news.broadsheet.web.page.LoginSessions;
import news.broadsheet.web.page.ReaderCookies;

/**
 * Builds the frame of every staff page ({@code layout/staff.jte}): the sections the signed-in
 * member's role may use, with counts, and who is signed in. Every staff page, the desk's too,
 * asks here: {@code layout.frame(ctx, StaffSection.QUEUE, "Queue")}.
 */
public final class StaffLayout {

  private final QueueService queue;
  private final LoginSessions sessions;
  private final ReaderCookies cookies;
  private final StaffTimes times;

  StaffLayout(QueueService queue, LoginSessions sessions, ReaderCookies cookies, StaffTimes times) {
    this.queue = queue;
    this.sessions = sessions;
    this.cookies = cookies;
    this.times = times;
  }

  /** How staff pages show times: in the newsroom's zone, in words ("Today 14:27"). */
  public StaffTimes times() {
    return times;
  }

  /**
   * The frame of a page in a section, for the member the staff guard let through (or, on a route
   * the guard does not wrap, the request's signed-in account).
   *
   * @param current the section the page belongs to, or null
   */
  public StaffFrame frame(Context ctx, StaffSection current, String title) {
    return frame(ctx, current, title, null);
  }

  /**
   * A frame for a page that has counted the queue's tabs without filters already.
   *
   * @param queueCounts the tabs' counts, or null to count them here
   */
  StaffFrame frame(Context ctx, StaffSection current, String title, java.util.Map<QueueTab, Long> queueCounts) {
    User user = StaffGuard.user(ctx);
    if (user == null) {
      user = sessions.user(ctx).orElse(null);
    }
    return new StaffFrame(title, cookies.formToken(ctx), user == null ? null : nav(user, current, queueCounts));
  }

  /** A page for whoever is not signed in (the login form): no navigation. */
  public StaffFrame signedOut(Context ctx, String title) {
    return new StaffFrame(title, cookies.formToken(ctx), null);
  }

  private StaffNav nav(User user, StaffSection current, java.util.Map<QueueTab, Long> queueCounts) {
    List<StaffNav.Link> links = new ArrayList<>();
    for (StaffSection section : StaffSection.values()) {
      if (user.can(section.permission())) {
        links.add(new StaffNav.Link(section.label(), section.path(), section == current, counts(section, queueCounts)));
      }
    }
    return new StaffNav(user.name(), user.role().code(), links);
  }

  /** The numbers beside a section's name: what waits for the queue's moderators. */
  private List<StaffNav.Count> counts(StaffSection section, java.util.Map<QueueTab, Long> known) {
    return switch (section) {
      case QUEUE -> List.of(
          new StaffNav.Count(count(QueueTab.PENDING, known), "pending", false),
          new StaffNav.Count(count(QueueTab.REPORTED, known), "reported", true));
      default -> List.of();
    };
  }

  private long count(QueueTab tab, java.util.Map<QueueTab, Long> known) {
    return known != null ? known.get(tab) : queue.count(tab, QueueFilter.NONE);
  }
}
