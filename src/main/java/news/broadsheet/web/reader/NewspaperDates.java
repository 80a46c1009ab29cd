package news.broadsheet.web.reader;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in the newspaper's style: "March 3, 2018", "March 03, 2018", "March 3rd, 2018". */
final class NewspaperDates {

  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter PADDED = DateTimeFormatter.ofPattern("MMMM dd, yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);
  private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH);

  private NewspaperDates() {}

  static String longDate(LocalDate date) {
    return LONG.format(date);
  }

  /** The "Updated" date as the newspaper printed it, with or without a leading zero. */
  static String bylineDate(LocalDate date, boolean dayZeroPadded) {
    return (dayZeroPadded ? PADDED : LONG).format(date);
  }

  /** The print-edition date: "March 3rd, 2018". */
  static String printDate(LocalDate date) {
    int day = date.getDayOfMonth();
    String suffix =
        day >= 11 && day <= 13
            ? "th"
            : switch (day % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return date.format(DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH)) + " " + day + suffix + ", " + date.getYear();
  }

  static String month(YearMonth month) {
    return MONTH.format(month);
  }

  static String weekday(LocalDate date) {
    return WEEKDAY.format(date);
  }

  static String fullDate(LocalDate date) {
    return FULL.format(date);
  }
}
