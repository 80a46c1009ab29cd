package news.broadsheet.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import news.broadsheet.App;
import news.broadsheet.config.AppConfig;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.MutableClock;
import news.broadsheet.testing.TestApps;
import news.broadsheet.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Sessions end when idle and at their absolute end, and the clean-up deletes the ended ones. */
class SessionLifetimeTest {

  private static final String PASSWORD = "correct horse battery";

  @TempDir Path temp;
  private final MutableClock clock = new MutableClock(TestApps.NOW);

  private App app(DatabaseKind kind) {
    return new App(new AppConfig(TestDatabases.fresh(kind, temp), ZoneId.of("UTC"), Map.of()), clock);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_session_used_now_and_then_lasts_and_one_left_idle_for_two_weeks_ends(DatabaseKind kind) {
    try (App app = app(kind)) {
      app.accounts().addUser("Nusrat", Role.READER, PASSWORD);
      String used = app.accounts().logIn("Nusrat", PASSWORD, "client").token();
      String idle = app.accounts().logIn("Nusrat", PASSWORD, "client").token();
      for (int week = 0; week < 4; week++) {
        clock.advance(Duration.ofDays(7));
        assertThat(app.accounts().userOfSession(used)).as("week " + week).isPresent();
      }
      assertThat(app.accounts().userOfSession(idle)).isEmpty();
      clock.advance(Duration.ofDays(13));
      assertThat(app.accounts().userOfSession(used)).as("13 days idle").isPresent();
      clock.advance(Duration.ofDays(14).plusMinutes(1));
      assertThat(app.accounts().userOfSession(used)).as("14 days idle").isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_session_ends_at_its_absolute_end_however_often_it_is_used(DatabaseKind kind) {
    try (App app = app(kind)) {
      app.accounts().addUser("Nusrat", Role.READER, PASSWORD);
      Session session = app.accounts().logIn("Nusrat", PASSWORD, "client");
      assertThat(session.expiresAt()).isEqualTo(TestApps.NOW.plus(Duration.ofDays(90)));
      for (int day = 1; day < 90; day++) {
        clock.advance(Duration.ofDays(1));
        assertThat(app.accounts().userOfSession(session.token())).as("day " + day).isPresent();
      }
      clock.advance(Duration.ofDays(1));
      assertThat(app.accounts().userOfSession(session.token())).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void the_clean_up_deletes_ended_sessions_and_keeps_lasting_ones(DatabaseKind kind) {
    try (App app = app(kind)) {
      app.accounts().addUser("Nusrat", Role.READER, PASSWORD);
      app.settings().set("accounts.sessions.idle-days", "2", "test");
      String idle = app.accounts().logIn("Nusrat", PASSWORD, "client").token();
      String used = app.accounts().logIn("Nusrat", PASSWORD, "client").token();
      assertThat(app.sessionCleanup().runOnce()).isEqualTo(new SessionCleanup.Cleaned(0, 0));
      clock.advance(Duration.ofDays(1));
      assertThat(app.accounts().userOfSession(used)).isPresent();
      clock.advance(Duration.ofDays(1).plusMinutes(1));
      assertThat(app.sessionCleanup().runOnce().sessions()).isEqualTo(1);
      assertThat(app.accounts().userOfSession(used)).isPresent();
      assertThat(app.accounts().userOfSession(idle)).isEmpty();
      clock.advance(Duration.ofDays(90));
      assertThat(app.sessionCleanup().runOnce()).isEqualTo(new SessionCleanup.Cleaned(1, 1));
      assertThat(app.sessionCleanup().runOnce()).isEqualTo(new SessionCleanup.Cleaned(0, 0));
    }
  }
}
