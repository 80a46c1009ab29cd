package news.broadsheet.archive;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** The long dates of bylines ("March 03, 2018") and print lines ("March 3rd, 2018"). */
final class StoryDates {

  private StoryDates() {}

  static String monthName(Month month) {
    return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  static Optional<Month> monthNamed(String name) {
    for (Month month : Month.values()) {
      if (monthName(month).equals(name)) {
        return Optional.of(month);
      }
    }
    return Optional.empty();
  }

  static Optional<LocalDate> date(int year, String monthName, int day) {
    Optional<Month> month = monthNamed(monthName);
    if (month.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month.get(), day));
    } catch (DateTimeException impossible) {
      return Optional.empty();
    }
  }

  /** "March 03, 2018" or "March 3, 2018". */
  static String bylineDate(LocalDate date, boolean dayZeroPadded) {
    return String.format(
        Locale.ROOT,
        dayZeroPadded ? "%s %02d, %d" : "%s %d, %d",
        monthName(date.getMonth()),
        date.getDayOfMonth(),
        date.getYear());
  }

  /** "March 3rd, 2018". */
  static String printDate(LocalDate date) {
    int day = date.getDayOfMonth();
    return monthName(date.getMonth()) + " " + day + ordinalSuffix(day) + ", " + date.getYear();
  }

  static String ordinalSuffix(int day) {
    if (day >= 11 && day <= 13) {
      return "th";
    }
    return switch (day % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }
}
