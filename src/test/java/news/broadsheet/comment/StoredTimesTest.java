package news.broadsheet.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stored wall-clock times read back exactly as the JDK's parser reads them, on every shape. */
class StoredTimesTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "2018-03-03T09:48", "0001-01-01T00:00", "9999-12-31T23:59", "2024-02-29T12:00",
    "2018-03-03T09:48:07", "2018-03-03T09:48:07.5", "+10000-01-01T00:00"
  })
  void reads_every_stored_shape_as_the_jdk_does(String stored) {
    assertThat(StoredTimes.localDateTime(stored)).isEqualTo(LocalDateTime.parse(stored));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2018-02-30T09:48", "2018-03-03T24:00", "2018-3-03T09:48x", "20x8-03-03T09:48"})
  void refuses_what_is_not_a_time_as_the_jdk_does(String stored) {
    assertThatThrownBy(() -> StoredTimes.localDateTime(stored)).isInstanceOf(java.time.DateTimeException.class);
    assertThatThrownBy(() -> LocalDateTime.parse(stored)).isInstanceOf(DateTimeParseException.class);
  }
}
