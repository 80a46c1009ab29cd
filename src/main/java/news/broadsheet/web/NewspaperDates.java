package news.broadsheet.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in the newspaper's style: "March 3, 2018". */
final class NewspaperDates {

  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

  private NewspaperDates() {}

  static String longDate(LocalDate date) {
    return LONG.format(date);
  }
}
