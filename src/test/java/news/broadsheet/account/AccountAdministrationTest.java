package news.broadsheet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import news.broadsheet.App;
import news.broadsheet.config.AppConfig;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.MutableClock;
import news.broadsheet.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What admins do to accounts, and the audit trail of it, on both databases. */
class AccountAdministrationTest {

  private static final String PASSWORD = "correct horse battery";

  @TempDir Path temp;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));

  private App app(DatabaseKind kind) {
    return new App(new AppConfig(TestDatabases.fresh(kind, temp), ZoneId.of("UTC"), Map.of()), clock);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void disabling_an_account_ends_its_sessions_and_stops_its_logins_until_enabled(DatabaseKind kind) {
    try (App app = app(kind)) {
      User ada = app.accounts().addUser("Ada", Role.ADMIN, PASSWORD);
      User omar = app.accounts().addUser("Omar", Role.READER, PASSWORD);
      Session first = app.accounts().logIn("Omar", PASSWORD, "a");
      Session second = app.accounts().logIn("Omar", PASSWORD, "b");
      clock.advance(Duration.ofMinutes(1));
      User disabled = app.accounts().setDisabled(omar.id(), true, ChangedBy.admin(ada));
      assertThat(disabled.disabled()).isTrue();
      assertThat(app.accounts().userOfSession(first.token())).isEmpty();
      assertThat(app.accounts().userOfSession(second.token())).isEmpty();
      assertThatThrownBy(() -> app.accounts().logIn("Omar", PASSWORD, "a"))
          .hasMessage("That name and password do not match an account.");
      app.accounts().setDisabled(omar.id(), false, ChangedBy.admin(ada));
      assertThat(app.accounts().logIn("Omar", PASSWORD, "a").user().name()).isEqualTo("Omar");
      assertThat(app.accounts().changes(omar.id(), 10))
          .extracting(AccountEvent::kind, AccountEvent::actor, AccountEvent::sessions)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(AccountEventKind.ENABLED, "Ada", 0),
              org.assertj.core.groups.Tuple.tuple(AccountEventKind.DISABLED, "Ada", 2));
      assertThat(app.accounts().changes(null, 10).get(0).at()).isEqualTo(clock.instant());
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_role_change_is_recorded_and_the_last_admin_can_be_neither_demoted_nor_disabled(DatabaseKind kind) {
    try (App app = app(kind)) {
      User ada = app.accounts().addUser("Ada", Role.ADMIN, PASSWORD);
      User mona = app.accounts().addUser("Mona", Role.MODERATOR, PASSWORD);
      assertThatThrownBy(() -> app.accounts().changeRole(ada.id(), Role.EDITOR, ChangedBy.admin(ada)))
          .isInstanceOf(AccountException.class)
          .hasMessage("Ada is the last admin who can log in: make another account an admin before you demote this one.");
      assertThatThrownBy(() -> app.accounts().setDisabled(ada.id(), true, ChangedBy.admin(ada)))
          .hasMessageContaining("before you disable this one");
      app.accounts().changeRole(mona.id(), Role.ADMIN, ChangedBy.admin(ada));
      app.accounts().setDisabled(mona.id(), true, ChangedBy.admin(ada));
      assertThatThrownBy(() -> app.accounts().changeRole(ada.id(), Role.READER, ChangedBy.admin(ada)))
          .as("a disabled admin does not count").isInstanceOf(AccountException.class);
      app.accounts().setDisabled(mona.id(), false, ChangedBy.admin(ada));
      assertThat(app.accounts().changeRole(ada.id(), Role.EDITOR, ChangedBy.admin(ada)).role()).isEqualTo(Role.EDITOR);
      assertThat(app.accounts().changes(ada.id(), 10)).singleElement()
          .extracting(AccountEvent::kind, AccountEvent::roleBefore, AccountEvent::roleAfter)
          .containsExactly(AccountEventKind.ROLE_CHANGED, Role.ADMIN, Role.EDITOR);
      assertThatThrownBy(() -> app.accounts().setRole("Mona", Role.READER)).isInstanceOf(AccountException.class);
      assertThat(app.accounts().changes(mona.id(), 10)).hasSize(3);
      assertThatThrownBy(() -> app.accounts().changeRole(999, Role.READER, ChangedBy.COMMAND_LINE))
          .hasMessage("There is no account 999.");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void two_admins_demoting_each_other_at_once_leave_one_admin(DatabaseKind kind) throws Exception {
    try (App app = app(kind)) {
      User ada = app.accounts().addUser("Ada", Role.ADMIN, PASSWORD);
      User bina = app.accounts().addUser("Bina", Role.ADMIN, PASSWORD);
      for (int round = 0; round < 5; round++) {
        CyclicBarrier start = new CyclicBarrier(2);
        var first = CompletableFuture.supplyAsync(() -> attempt(app, start, ada, bina));
        var second = CompletableFuture.supplyAsync(() -> attempt(app, start, bina, ada));
        List<Boolean> done = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        assertThat(done).containsExactlyInAnyOrder(true, false);
        long admins = app.accounts().users().stream().filter(u -> u.role() == Role.ADMIN).count();
        assertThat(admins).isEqualTo(1);
        User demoted = app.accounts().users().stream().filter(u -> u.role() != Role.ADMIN).findFirst().orElseThrow();
        app.accounts().changeRole(demoted.id(), Role.ADMIN, ChangedBy.COMMAND_LINE);
      }
    }
  }

  private static boolean attempt(App app, CyclicBarrier start, User by, User target) {
    try {
      start.await(10, TimeUnit.SECONDS);
      app.accounts().changeRole(target.id(), Role.MODERATOR, ChangedBy.admin(by));
      return true;
    } catch (AccountException lastAdmin) {
      return false;
    } catch (Exception unexpected) {
      throw new IllegalStateException(unexpected);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void the_list_is_searched_paged_and_knows_sessions_and_when_each_was_last_seen(DatabaseKind kind) {
    try (App app = app(kind)) {
      for (String name : List.of("Ayesha Khan", "Ayaz", "Bilal", "Kamran", "100%_sure")) {
        app.accounts().addUser(name, Role.READER, PASSWORD);
      }
      app.accounts().addUser("Mona", Role.MODERATOR, PASSWORD);
      clock.advance(Duration.ofHours(1));
      Session session = app.accounts().logIn("Bilal", PASSWORD, "x");
      AccountList ay = app.accounts().accounts("AY", null, 10, 0);
      assertThat(ay.total()).isEqualTo(2);
      assertThat(ay.accounts()).extracting(a -> a.user().name()).containsExactly("Ayaz", "Ayesha Khan");
      assertThat(app.accounts().accounts("", null, 2, 2).accounts()).extracting(a -> a.user().name())
          .containsExactly("Ayesha Khan", "Bilal");
      assertThat(app.accounts().accounts("%_", null, 10, 0).accounts()).extracting(a -> a.user().name())
          .containsExactly("100%_sure");
      assertThat(app.accounts().accounts("", Role.MODERATOR, 10, 0).accounts()).extracting(a -> a.user().name())
          .containsExactly("Mona");
      AccountSummary bilal = app.accounts().accounts("bilal", null, 10, 0).accounts().get(0);
      assertThat(bilal.sessions()).isEqualTo(1);
      assertThat(bilal.lastSeen()).isEqualTo(clock.instant());
      assertThat(bilal.createdAt()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
      clock.advance(Duration.ofMinutes(2));
      app.accounts().userOfSession(session.token());
      assertThat(app.accounts().accounts("bilal", null, 10, 0).accounts().get(0).lastSeen())
          .as("written at most every 5 minutes").isEqualTo(clock.instant().minus(Duration.ofMinutes(2)));
      clock.advance(Duration.ofMinutes(4));
      app.accounts().userOfSession(session.token());
      assertThat(app.accounts().accounts("bilal", null, 10, 0).accounts().get(0).lastSeen()).isEqualTo(clock.instant());
      assertThat(app.accounts().endSessions(bilal.user().id(), ChangedBy.COMMAND_LINE)).isEqualTo(1);
      assertThat(app.accounts().userOfSession(session.token())).isEmpty();
      assertThat(app.accounts().accounts("kamran", null, 10, 0).accounts().get(0).lastSeen()).isNull();
    }
  }
}
