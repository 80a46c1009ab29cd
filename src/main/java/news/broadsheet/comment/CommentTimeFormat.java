package news.broadsheet.comment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The newspaper's comment time, "Mar 03, 2018 09:48am": a wall-clock time of the newsroom.
 *
 * <p>Used both to read archives and to show times on the site, so both always agree.
 */
public final class CommentTimeFormat {

  private static final Pattern SHAPE =
      Pattern.compile("([A-Za-z]{3}) (\\d{2}), (\\d{4}) (\\d{2}):(\\d{2})(am|pm)");

  private static final String[] MONTHS =
      java.util.Arrays.stream(Month.values()).map(CommentTimeFormat::abbreviation).toArray(String[]::new);

  private CommentTimeFormat() {}

  /** Whether the text looks like a comment time, valid or not ("Feb 30, 2018 10:00am" does). */
  public static boolean looksLikeTime(String text) {
    return SHAPE.matcher(text).matches();
  }

  /** The wall-clock time the text names, or empty when it names no real time. */
  public static Optional<LocalDateTime> parse(String text) {
    Matcher m = SHAPE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<Month> month = monthOfAbbreviation(m.group(1));
    int hour12 = Integer.parseInt(m.group(4));
    int minute = Integer.parseInt(m.group(5));
    if (month.isEmpty() || hour12 < 1 || hour12 > 12 || minute > 59) {
      return Optional.empty();
    }
    try {
      LocalDate date =
          LocalDate.of(Integer.parseInt(m.group(3)), month.get(), Integer.parseInt(m.group(2)));
      int hour24 = hour12 % 12 + ("pm".equals(m.group(6)) ? 12 : 0);
      return Optional.of(LocalDateTime.of(date, LocalTime.of(hour24, minute)));
    } catch (DateTimeException impossibleDate) {
      return Optional.empty();
    }
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

  private static Optional<Month> monthOfAbbreviation(String text) {
    for (Month month : Month.values()) {
      if (abbreviation(month).equals(text)) {
        return Optional.of(month);
      }
    }
    return Optional.empty();
  }
}
