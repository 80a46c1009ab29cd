package news.broadsheet.insight;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The moderators' work of a period, from the waits that overlap it: how many comments waited at
 * the end of each day, and how long a wait lasted. Each wait's days are those of its story's zone.
 */
final class Workloads {

  /** Read this much beyond the period's ends, so that every zone's days are whole. */
  static final Duration ZONE_MARGIN = Duration.ofDays(1);

  private final List<DashboardStore.Hold> holds;
  private final DashboardQuery query;

  Workloads(List<DashboardStore.Hold> holds, DashboardQuery query) {
    this.holds = holds;
    this.query = query;
  }

  Dashboard.Workload workload(long waitingNow) {
    List<Duration> ofWeek = new ArrayList<>();
    List<Duration> ofPeriod = new ArrayList<>();
    long approved = 0;
    long rejected = 0;
    for (DashboardStore.Hold hold : holds) {
      LocalDate decided = decidedOn(hold);
      if (decided == null || decided.isAfter(query.day())) {
        continue;
      }
      Duration wait = Duration.between(hold.heldAt(), hold.decidedAt());
      if (!decided.isBefore(query.weekFrom())) {
        ofWeek.add(wait);
      }
      if (!decided.isBefore(query.from())) {
        ofPeriod.add(wait);
        approved += "published".equals(hold.outcome()) ? 1 : 0;
        rejected += "rejected".equals(hold.outcome()) ? 1 : 0;
      }
    }
    return new Dashboard.Workload(
        pendingByDay(), waitingNow, ofPeriod.size(), approved, rejected, median(ofWeek), median(ofPeriod));
  }

  /** How many waited at the end of each day of the period. */
  private List<Dashboard.DayPending> pendingByDay() {
    List<Dashboard.DayPending> days = new ArrayList<>();
    for (LocalDate day = query.from(); !day.isAfter(query.day()); day = day.plusDays(1)) {
      long waiting = 0;
      for (DashboardStore.Hold hold : holds) {
        LocalDate held = hold.heldAt().atZone(hold.zone()).toLocalDate();
        LocalDate decided = decidedOn(hold);
        if (!held.isAfter(day) && (decided == null || decided.isAfter(day))) {
          waiting++;
        }
      }
      days.add(new Dashboard.DayPending(day, waiting));
    }
    return days;
  }

  private static LocalDate decidedOn(DashboardStore.Hold hold) {
    return hold.decidedAt() == null ? null : hold.decidedAt().atZone(hold.zone()).toLocalDate();
  }

  /** The median of some durations (the mean of the middle two for an even number), or null for none. */
  static Duration median(List<Duration> durations) {
    if (durations.isEmpty()) {
      return null;
    }
    List<Duration> sorted = durations.stream().sorted().toList();
    int middle = sorted.size() / 2;
    if (sorted.size() % 2 == 1) {
      return sorted.get(middle);
    }
    return sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
  }
}
