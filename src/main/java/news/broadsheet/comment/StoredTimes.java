package news.broadsheet.comment;

import java.time.LocalDateTime;

/**
 * Reads the wall-clock times the comments table keeps as ISO text ({@link LocalDateTime#toString}):
 * the common shape "2018-03-03T09:48" directly, any other through the JDK's parser.
 */
final class StoredTimes {

  private StoredTimes() {}

  static LocalDateTime localDateTime(String text) {
    if (text.length() == 16
        && text.charAt(4) == '-'
        && text.charAt(7) == '-'
        && text.charAt(10) == 'T'
        && text.charAt(13) == ':') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      int hour = digits(text, 11, 13);
      int minute = digits(text, 14, 16);
      if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0) {
        return LocalDateTime.of(year, month, day, hour, minute);
      }
    }
    return LocalDateTime.parse(text);
  }

  /** The number the digits from start to end spell, or -1 when one is not a digit. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
