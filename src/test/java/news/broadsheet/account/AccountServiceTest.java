package news.broadsheet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import news.broadsheet.App;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.TestApps;
import news.broadsheet.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountServiceTest {

  private static final String PASSWORD = "correct horse battery";

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_user_logs_in_and_out_with_a_session(DatabaseKind kind) {
    try (App app = TestApps.on(TestDatabases.fresh(kind, temp))) {
      app.accounts().addUser("Nusrat", Role.MODERATOR, PASSWORD);
      Session session = app.accounts().logIn("nusrat", PASSWORD, "127.0.0.1");
      assertThat(session.token()).hasSizeGreaterThan(40);
      assertThat(app.accounts().userOfSession(session.token())).get().extracting(User::name).isEqualTo("Nusrat");
      assertThat(app.accounts().userOfSession(session.token()).get().may(Role.MODERATOR)).isTrue();
      assertThat(app.accounts().userOfSession(session.token()).get().may(Role.ADMIN)).isFalse();
      app.accounts().logOut(session.token());
      assertThat(app.accounts().userOfSession(session.token())).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void refuses_duplicate_names_and_short_passwords(DatabaseKind kind) {
    try (App app = TestApps.on(TestDatabases.fresh(kind, temp))) {
      app.accounts().addUser("Nusrat", Role.ADMIN, PASSWORD);
      assertThatThrownBy(() -> app.accounts().addUser(" NUSRAT ", Role.READER, PASSWORD))
          .isInstanceOf(AccountException.class).hasMessageContaining("already a user named NUSRAT");
      assertThatThrownBy(() -> app.accounts().addUser("Omar", Role.READER, "short"))
          .isInstanceOf(AccountException.class).hasMessageContaining("at least 10 characters");
      assertThatThrownBy(() -> app.accounts().addUser("  ", Role.READER, PASSWORD))
          .isInstanceOf(AccountException.class).hasMessageContaining("1 to 60 characters");
    }
  }

  @Test
  void a_reader_signs_up_with_a_name_on_one_line_unless_sign_up_is_off() {
    try (App app = TestApps.on(TestDatabases.fresh(DatabaseKind.SQLITE, temp))) {
      Session session = app.accounts().signUp(" Zara ", PASSWORD, PASSWORD, "client-1");
      assertThat(session.user().name()).isEqualTo("Zara");
      assertThat(session.user().role()).isEqualTo(Role.READER);
      assertThat(app.accounts().userOfSession(session.token())).contains(session.user());
      assertThat(messageOf(() -> app.accounts().signUp("Two\nlines", PASSWORD, PASSWORD, "client-1")))
          .isEqualTo("A user name fits on one line and has at least one letter or digit.");
      assertThat(messageOf(() -> app.accounts().signUp("\u200B…", PASSWORD, PASSWORD, "client-1")))
          .isEqualTo("A user name fits on one line and has at least one letter or digit.");
      assertThat(messageOf(() -> app.accounts().signUp("Omar", PASSWORD, PASSWORD + "!", "client-1")))
          .startsWith("The two passwords differ");
      app.settings().set("accounts.sign-up.enabled", "false", "test");
      assertThat(messageOf(() -> app.accounts().signUp("Omar", PASSWORD, PASSWORD, "client-1")))
          .isEqualTo("This site is not taking new accounts at the moment.");
      assertThat(app.accounts().users()).extracting(User::name).containsExactly("Zara");
    }
  }

  @Test
  void a_wrong_password_and_an_unknown_name_get_the_same_answer() {
    try (App app = TestApps.on(TestDatabases.fresh(DatabaseKind.SQLITE, temp))) {
      app.accounts().addUser("Nusrat", Role.ADMIN, PASSWORD);
      String wrongPassword = messageOf(() -> app.accounts().logIn("Nusrat", "not the password", "a"));
      String unknownName = messageOf(() -> app.accounts().logIn("Nobody", PASSWORD, "b"));
      assertThat(wrongPassword).isEqualTo(unknownName).isEqualTo("That name and password do not match an account.");
    }
  }

  @Test
  void throttles_repeated_attempts_on_one_account_even_with_the_right_password() {
    try (App app = TestApps.on(TestDatabases.fresh(DatabaseKind.SQLITE, temp))) {
      app.accounts().addUser("Nusrat", Role.ADMIN, PASSWORD);
      for (int i = 0; i < 5; i++) {
        int attempt = i;
        messageOf(() -> app.accounts().logIn("Nusrat", "guess " + attempt, "client-" + attempt));
      }
      assertThat(messageOf(() -> app.accounts().logIn("Nusrat", PASSWORD, "client-9"))).startsWith("Too many attempts. Try again in");
    }
  }

  @Test
  void stores_an_argon2id_hash_never_the_password() {
    String hash = new PasswordHasher().hash(PASSWORD);
    assertThat(hash).startsWith("$argon2id$").doesNotContain(PASSWORD);
    assertThat(new PasswordHasher().matches(PASSWORD, hash)).isTrue();
    assertThat(new PasswordHasher().matches("other password", hash)).isFalse();
    assertThat(new PasswordHasher().matches(PASSWORD, "not a hash")).isFalse();
  }

  private static String messageOf(Runnable attempt) {
    try {
      attempt.run();
      throw new AssertionError("expected the login to be refused");
    } catch (AccountException refused) {
      return refused.getMessage();
    }
  }
}
