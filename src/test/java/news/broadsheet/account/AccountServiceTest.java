package news.broadsheet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void names_that_look_the_same_cannot_both_be_accounts(DatabaseKind kind) {
    try (App app = TestApps.on(TestDatabases.fresh(kind, temp))) {
      app.accounts().signUp("Ada", PASSWORD, PASSWORD, "client-1");
      for (String lookalike : new String[] {"\u0410da", "A\u200Bda", "ADA", "Ada\uFE0F"}) {
        assertThat(messageOf(() -> app.accounts().signUp(lookalike, PASSWORD, PASSWORD, "client-2")))
            .isEqualTo("There is already a user named " + lookalike + " (or one that looks the same); please choose another name.");
      }
      assertThat(messageOf(() -> app.accounts().addUser("\u0410DA", Role.ADMIN, PASSWORD))).startsWith("There is already a user named");
      assertThat(app.accounts().nameTaken("a\u200Bd\u0430")).isTrue();
      assertThat(app.accounts().users()).extracting(User::name).containsExactly("Ada");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void accounts_stored_before_names_were_compared_by_look_get_their_key_at_start(DatabaseKind kind) {
    var location = TestDatabases.fresh(kind, temp);
    try (App app = TestApps.on(location)) {
      app.accounts().addUser("Ada", Role.READER, PASSWORD);
      app.accounts().addUser("Omar", Role.READER, PASSWORD);
      String hash = new PasswordHasher().hash(PASSWORD);
      app.database().inTransaction(handle -> {
        handle.execute("UPDATE users SET look_key = NULL");
        // Two accounts an older version let in whose names look the same.
        return handle.execute(
            "INSERT INTO users (name, name_key, password_hash, role, created_at) VALUES (?, ?, ?, 'reader', 0)",
            "\u0410da", "\u0430da", hash);
      });
    }
    try (App app = TestApps.on(location)) {
      assertThat(app.accounts().logIn("\u0410da", PASSWORD, "client").user().name()).isEqualTo("\u0410da");
      assertThat(app.accounts().logIn("Ada", PASSWORD, "client").user().name()).isEqualTo("Ada");
      assertThat(messageOf(() -> app.accounts().addUser("ADA", Role.READER, PASSWORD))).startsWith("There is already");
      assertThat(messageOf(() -> app.accounts().addUser("0mar", Role.READER, PASSWORD))).startsWith("There is already");
      assertThat(app.accounts().nameTaken("\u0410DA")).isTrue();
      long unkeyed = app.database().read(h -> h.createQuery("SELECT COUNT(*) FROM users WHERE look_key IS NULL")
          .mapTo(Long.class).one());
      assertThat(unkeyed).isZero();
    }
  }

  @Test
  void account_names_are_composed_and_refuse_hidden_characters() {
    try (App app = TestApps.on(TestDatabases.fresh(DatabaseKind.SQLITE, temp))) {
      assertThat(app.accounts().signUp("Zoe\u0301", PASSWORD, PASSWORD, "client-1").user().name()).isEqualTo("Zo\u00E9");
      assertThat(messageOf(() -> app.accounts().signUp("Om\u202Ear", PASSWORD, PASSWORD, "client-1")))
          .isEqualTo("The name holds a bidirectional override (U+202E), which cannot be part of a user name.");
      assertThat(messageOf(() -> app.accounts().signUp("Om\u0000ar", PASSWORD, PASSWORD, "client-1")))
          .isEqualTo("The name holds a NUL character (U+0000), which cannot be part of a user name.");
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
  void the_owner_from_a_client_they_used_is_never_locked_out_by_wrong_passwords_from_elsewhere() {
    try (App app = TestApps.on(TestDatabases.fresh(DatabaseKind.SQLITE, temp))) {
      app.accounts().addUser("Nusrat", Role.ADMIN, PASSWORD);
      app.accounts().logOut(app.accounts().logIn("Nusrat", PASSWORD, "owner").token());
      for (int i = 0; i < 40; i++) {
        int attempt = i;
        messageOf(() -> app.accounts().logIn("Nusrat", "guess " + attempt, "attacker-" + attempt));
        messageOf(() -> app.accounts().logIn("nusrat", "guess " + attempt, "attacker"));
      }
      assertThat(app.accounts().logIn("Nusrat", PASSWORD, "owner").user().name()).isEqualTo("Nusrat");
    }
  }

  @Test
  void a_client_guessing_is_locked_out_of_the_account_even_with_the_right_password() {
    try (App app = TestApps.on(TestDatabases.fresh(DatabaseKind.SQLITE, temp))) {
      app.accounts().addUser("Nusrat", Role.ADMIN, PASSWORD);
      for (int i = 0; i < 5; i++) {
        int attempt = i;
        assertThat(messageOf(() -> app.accounts().logIn("Nusrat", "guess " + attempt, "attacker")))
            .isEqualTo("That name and password do not match an account.");
      }
      AccountException locked = refusal(() -> app.accounts().logIn("Nusrat", PASSWORD, "attacker"));
      assertThat(locked.getMessage()).startsWith("Too many attempts. Try again in");
      assertThat(locked.throttled()).isTrue();
      assertThat(locked.retryAfterSeconds()).isPositive();
    }
  }

  @Test
  void guesses_from_many_new_clients_slow_down_new_clients_but_not_the_owners() {
    try (App app = TestApps.on(TestDatabases.fresh(DatabaseKind.SQLITE, temp))) {
      app.accounts().addUser("Nusrat", Role.ADMIN, PASSWORD);
      app.accounts().logIn("Nusrat", PASSWORD, "owner");
      for (int i = 0; i < 10; i++) {
        int attempt = i;
        messageOf(() -> app.accounts().logIn("Nusrat", "guess " + attempt, "bot-" + attempt));
      }
      assertThat(messageOf(() -> app.accounts().logIn("Nusrat", PASSWORD, "bot-new"))).startsWith("Too many attempts");
      assertThat(app.accounts().logIn("Nusrat", PASSWORD, "owner").user().name()).isEqualTo("Nusrat");
    }
  }

  @Test
  void a_login_the_server_was_too_busy_to_check_does_not_count_against_the_owner() throws Exception {
    HashingLimit limit = new HashingLimit(1, Duration.ZERO);
    try (App app = TestApps.on(TestDatabases.fresh(DatabaseKind.SQLITE, temp))) {
      AccountService accounts =
          new AccountService(app.database(), new AccountStore(), new SessionStore(), new PasswordHasher(limit),
              app.settings(), app.rateLimits(), app.clock());
      accounts.addUser("Nusrat", Role.ADMIN, PASSWORD);
      CountDownLatch release = new CountDownLatch(1);
      CountDownLatch holding = new CountDownLatch(1);
      Thread busy = new Thread(() -> limit.run(() -> {
        holding.countDown();
        return awaitQuietly(release);
      }));
      busy.start();
      holding.await();
      for (int i = 0; i < 8; i++) {
        AccountException refused = refusal(() -> accounts.logIn("Nusrat", PASSWORD, "owner"));
        assertThat(refused.busy()).isTrue();
        assertThat(refused.retryAfterSeconds()).isPositive();
        assertThat(refused.getMessage()).isEqualTo("The site is busy just now. Please try again in a few seconds.");
      }
      release.countDown();
      busy.join();
      assertThat(accounts.logIn("Nusrat", PASSWORD, "owner").user().name()).isEqualTo("Nusrat");
    }
  }

  private static boolean awaitQuietly(CountDownLatch latch) {
    try {
      return latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
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
    return refusal(attempt).getMessage();
  }

  private static AccountException refusal(Runnable attempt) {
    try {
      attempt.run();
      throw new AssertionError("expected the login to be refused");
    } catch (AccountException refused) {
      return refused;
    }
  }
}
