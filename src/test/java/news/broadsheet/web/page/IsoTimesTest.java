package news.broadsheet.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IsoTimesTest {

  private static final String[] ZONES = {
    "UTC", "Asia/Karachi", "Asia/Kolkata", "Asia/Kathmandu", "America/St_Johns", "Europe/London",
    "Pacific/Chatham", "America/Los_Angeles", "Africa/Monrovia", "Europe/Amsterdam"
  };

  @Property(tries = 3000)
  void writes_what_the_formatter_writes(@ForAll("instants") Instant instant, @ForAll("zones") ZoneId zone) {
    assertThat(IsoTimes.offsetDateTime(instant, zone))
        .isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone)));
    assertThat(IsoTimes.utc(instant)).isEqualTo(instant.toString());
  }

  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Long> seconds =
        Arbitraries.oneOf(
            Arbitraries.longs().between(-62_000_000_000L, 300_000_000_000L), // years 5 to 11476: the edges too
            Arbitraries.longs().between(1_400_000_000L, 1_900_000_000L).map(s -> s / 60 * 60)); // whole minutes, as stored
    Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999));
    return seconds.flatMap(s -> nanos.map(n -> Instant.ofEpochSecond(s, n)));
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONES).map(ZoneId::of);
  }
}
