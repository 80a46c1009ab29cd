package news.broadsheet.web.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times on the staff pages, in the newsroom's zone and in words a person reads: "Today 14:27",
 * "Yesterday 09:02", "Tomorrow 08:00", else "Mar 3, 2018 09:48"; with the exact instant for the
 * {@code <time datetime>} attribute.
 */
public final class StaffTimes {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm:ss", Locale.ENGLISH);

  private final ZoneId zone;
  private final Clock clock;

  public StaffTimes(ZoneId zone, Clock clock) {
    this.zone = zone;
    this.clock = clock;
  }

  /** An instant as shown; null stays null (a time not known). */
  public ShownTime show(Instant instant) {
    if (instant == null) {
      return null;
    }
    ZonedDateTime there = instant.atZone(zone);
    return new ShownTime(there.toOffsetDateTime().toString(), words(there), EXACT.format(there) + " (" + zone.getId() + ")");
  }

  private String words(ZonedDateTime there) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    LocalDate day = there.toLocalDate();
    if (day.equals(today)) {
      return "Today " + CLOCK.format(there);
    }
    if (day.equals(today.minusDays(1))) {
      return "Yesterday " + CLOCK.format(there);
    }
    if (day.equals(today.plusDays(1))) {
      return "Tomorrow " + CLOCK.format(there);
    }
    return DATE.format(there);
  }

  public ZoneId zone() {
    return zone;
  }

  /**
   * A time as a staff page shows it.
   *
   * @param datetime the exact instant with the newsroom's offset, for {@code <time datetime>}
   * @param words what a person reads ("Today 14:27")
   * @param full the whole date and time with the zone's name, for a tooltip
   */
  public record ShownTime(String datetime, String words, String full) {}
}
