package news.broadsheet.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The comment time is read by hand, for speed; it reads every text as the format's rule does,
 * written here as the regular expression it is.
 */
class CommentTimeFormatTest {

  private static final Pattern RULE = Pattern.compile("([A-Za-z]{3}) (\\d{2}), (\\d{4}) (\\d{2}):(\\d{2})(am|pm)");
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

  @Property(tries = 5_000)
  void reads_a_text_exactly_as_the_rule_does(@ForAll("nearlyTimes") String text) {
    assertThat(CommentTimeFormat.looksLikeTime(text)).isEqualTo(RULE.matcher(text).matches());
    assertThat(CommentTimeFormat.parse(text)).isEqualTo(byTheRule(text));
  }

  @Property(tries = 2_000)
  void gives_back_every_time_it_writes(@ForAll("times") LocalDateTime time) {
    assertThat(CommentTimeFormat.parse(CommentTimeFormat.format(time))).contains(time);
  }

  /** Times, and texts one character away from one: another letter, digit, sign or length. */
  @Provide
  Arbitrary<String> nearlyTimes() {
    Arbitrary<String> valid = times().map(CommentTimeFormat::format);
    Arbitrary<Character> odd = Arbitraries.of('0', '9', 'A', 'z', ' ', ':', ',', 'a', 'p', 'm', '٣', 'M', 'x');
    return Arbitraries.oneOf(
        valid,
        Combinators.combine(valid, Arbitraries.integers().between(0, 19), odd)
            .as((time, at, c) -> time.substring(0, at) + c + time.substring(at + 1)),
        valid.map(t -> t.substring(1)),
        valid.map(t -> t + "m"),
        Arbitraries.strings().withCharRange(' ', 'z').ofLength(20));
  }

  @Provide
  Arbitrary<LocalDateTime> times() {
    return Arbitraries.longs().between(0, 9999L * 366 * 24 * 60)
        .map(minutes -> LocalDateTime.of(1, 1, 1, 0, 0).plusMinutes(minutes))
        .filter(time -> time.getYear() <= 9999);
  }

  private static Optional<LocalDateTime> byTheRule(String text) {
    Matcher m = RULE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int month = java.util.Arrays.asList(MONTHS).indexOf(m.group(1)) + 1;
    int hour12 = Integer.parseInt(m.group(4));
    int minute = Integer.parseInt(m.group(5));
    if (month == 0 || hour12 < 1 || hour12 > 12 || minute > 59) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), Month.of(month), Integer.parseInt(m.group(2)));
      return Optional.of(LocalDateTime.of(date, LocalTime.of(hour12 % 12 + ("pm".equals(m.group(6)) ? 12 : 0), minute)));
    } catch (DateTimeException impossible) {
      return Optional.empty();
    }
  }
}
