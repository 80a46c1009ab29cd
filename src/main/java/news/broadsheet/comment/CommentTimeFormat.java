package news.broadsheet.comment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * The newspaper's comment time, "Mar 03, 2018 09:48am": a wall-clock time of the newsroom.
 *
 * <p>Used both to read archives and to show times on the site, so both always agree.
 */
public final class CommentTimeFormat {

  /** The shape, "Mmm dd, yyyy hh:mmam", letters and digits ASCII: '@' a letter, '9' a digit. */
  private static final String SHAPE = "@@@ 99, 9999 99:99";
  private static final int LENGTH = SHAPE.length() + 2;

  private static final String[] MONTHS =
      java.util.Arrays.stream(Month.values()).map(CommentTimeFormat::abbreviation).toArray(String[]::new);

  private CommentTimeFormat() {}

  /** Whether the text looks like a comment time, valid or not ("Feb 30, 2018 10:00am" does). */
  public static boolean looksLikeTime(String text) {
    if (text.length() != LENGTH || !text.endsWith("m") || (text.charAt(LENGTH - 2) != 'a' && text.charAt(LENGTH - 2) != 'p')) {
      return false;
    }
    for (int i = 0; i < SHAPE.length(); i++) {
      char c = text.charAt(i);
      boolean fits =
          switch (SHAPE.charAt(i)) {
            case '@' -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            case '9' -> c >= '0' && c <= '9';
            default -> c == SHAPE.charAt(i);
          };
      if (!fits) {
        return false;
      }
    }
    return true;
  }

  /** The wall-clock time the text names, or empty when it names no real time. */
  public static Optional<LocalDateTime> parse(String text) {
    if (!looksLikeTime(text)) {
      return Optional.empty();
    }
    int month = monthOfAbbreviation(text.substring(0, 3));
    int hour12 = number(text, 13, 2);
    int minute = number(text, 16, 2);
    if (month == 0 || hour12 < 1 || hour12 > 12 || minute > 59) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.of(number(text, 8, 4), month, number(text, 4, 2));
      int hour24 = hour12 % 12 + (text.charAt(LENGTH - 2) == 'p' ? 12 : 0);
      return Optional.of(LocalDateTime.of(date, LocalTime.of(hour24, minute)));
    } catch (DateTimeException impossibleDate) {
      return Optional.empty();
    }
  }

  private static int number(String text, int from, int digits) {
    int value = 0;
    for (int i = from; i < from + digits; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  public static String format(LocalDateTime time) {
    int year = time.getYear();
    if (year < 0 || year > 9999) {
      return formatSlowly(time);
    }
    int hour12 = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
    StringBuilder out = new StringBuilder(20).append(MONTHS[time.getMonthValue() - 1]).append(' ');
    twoDigits(out, time.getDayOfMonth()).append(", ");
    twoDigits(twoDigits(out, year / 100), year % 100).append(' ');
    twoDigits(out, hour12).append(':');
    return twoDigits(out, time.getMinute()).append(time.getHour() < 12 ? "am" : "pm").toString();
  }

  private static StringBuilder twoDigits(StringBuilder out, int value) {
    return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  private static String formatSlowly(LocalDateTime time) {
    int hour12 = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
    return String.format(
        Locale.ROOT,
        "%s %02d, %04d %02d:%02d%s",
        abbreviation(time.getMonth()),
        time.getDayOfMonth(),
        time.getYear(),
        hour12,
        time.getMinute(),
        time.getHour() < 12 ? "am" : "pm");
  }

  private static String abbreviation(Month month) {
    return month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 3);
  }

  /** The month's number (1 for January), or 0 when the text names none. */
  private static int monthOfAbbreviation(String text) {
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].equals(text)) {
        return i + 1;
      }
    }
    return 0;
  }
}
