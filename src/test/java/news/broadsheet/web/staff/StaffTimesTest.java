package news.broadsheet.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import news.broadsheet.testing.MutableClock;
import org.junit.jupiter.api.Test;

class StaffTimesTest {

  private static final ZoneId KARACHI = ZoneId.of("Asia/Karachi");
  /** 2026-12-07 16:00 in Karachi (UTC+5). */
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T11:00:00Z"));
  private final StaffTimes times = new StaffTimes(KARACHI, clock);

  @Test
  void a_time_of_today_in_the_newsrooms_zone_reads_today_and_the_clock() {
    var shown = times.show(Instant.parse("2026-12-07T09:27:12.065Z"));
    assertThat(shown.words()).isEqualTo("Today 14:27");
    assertThat(shown.datetime()).isEqualTo("2026-12-07T14:27:12.065+05:00");
    assertThat(shown.full()).isEqualTo("Monday 7 December 2026, 14:27:12 (Asia/Karachi)");
  }

  @Test
  void the_day_turns_at_midnight_in_the_newsroom_not_in_utc() {
    // 20:30 UTC on the 6th is 01:30 on the 7th in Karachi: today there, yesterday in UTC.
    assertThat(times.show(Instant.parse("2026-12-06T20:30:00Z")).words()).isEqualTo("Today 01:30");
    assertThat(times.show(Instant.parse("2026-12-06T18:59:00Z")).words()).isEqualTo("Yesterday 23:59");
    assertThat(new StaffTimes(ZoneId.of("UTC"), clock).show(Instant.parse("2026-12-06T20:30:00Z")).words())
        .isEqualTo("Yesterday 20:30");
  }

  @Test
  void yesterday_tomorrow_and_older_dates() {
    assertThat(times.show(Instant.parse("2026-12-06T04:02:00Z")).words()).isEqualTo("Yesterday 09:02");
    assertThat(times.show(Instant.parse("2026-12-08T03:00:00Z")).words()).isEqualTo("Tomorrow 08:00");
    assertThat(times.show(Instant.parse("2026-12-05T04:02:00Z")).words()).isEqualTo("Dec 5, 2026 09:02");
    assertThat(times.show(Instant.parse("2018-03-03T04:48:00Z")).words()).isEqualTo("Mar 3, 2018 09:48");
    assertThat(times.show(Instant.parse("2027-01-01T00:00:00Z")).words()).isEqualTo("Jan 1, 2027 05:00");
  }

  @Test
  void the_words_follow_the_clock() {
    Instant at = Instant.parse("2026-12-07T09:27:00Z");
    assertThat(times.show(at).words()).isEqualTo("Today 14:27");
    clock.set(Instant.parse("2026-12-07T19:00:00Z"));
    assertThat(times.show(at).words()).isEqualTo("Yesterday 14:27");
    clock.set(Instant.parse("2026-12-09T19:00:00Z"));
    assertThat(times.show(at).words()).isEqualTo("Dec 7, 2026 14:27");
  }

  @Test
  void no_time_shows_nothing() {
    assertThat(times.show(null)).isNull();
  }
}
