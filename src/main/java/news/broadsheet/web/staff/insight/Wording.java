package news.broadsheet.web.staff.insight;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates, hours, zones and durations in the words the staff pages use. */
final class Wording {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private Wording() {}

  /** "Sat 3 March 2018". */
  static String day(LocalDate day) {
    return DAY.format(day);
  }

  /** "3 March 2018". */
  static String longDay(LocalDate day) {
    return LONG_DAY.format(day);
  }

  /** "3 Mar". */
  static String shortDay(LocalDate day) {
    return SHORT_DAY.format(day);
  }

  /** "09:48". */
  static String clock(LocalDateTime time) {
    return CLOCK.format(time);
  }

  /** "09:00–10:00". */
  static String hour(int hour) {
    return String.format(Locale.ROOT, "%02d:00–%02d:00", hour, (hour + 1) % 24);
  }

  /** "Pakistan Time (Asia/Karachi)". */
  static String zone(ZoneId zone) {
    String name = zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return name.equals(zone.getId()) ? name : name + " (" + zone.getId() + ")";
  }

  /** "2 h 14 min", "45 min", "3 days 4 h", "under a minute"; "—" for none. */
  static String duration(Duration duration) {
    if (duration == null) {
      return "—";
    }
    long minutes = duration.toMinutes();
    if (minutes < 1) {
      return "under a minute";
    }
    if (minutes < 60) {
      return minutes + " min";
    }
    if (minutes < 24 * 60) {
      return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
    long days = minutes / (24 * 60);
    long hours = minutes % (24 * 60) / 60;
    return days + (days == 1 ? " day" : " days") + (hours == 0 ? "" : " " + hours + " h");
  }

  /** "1 comment", "2 comments". */
  static String count(long value, String one, String many) {
    return Scale.number(value) + " " + (value == 1 ? one : many);
  }
}
