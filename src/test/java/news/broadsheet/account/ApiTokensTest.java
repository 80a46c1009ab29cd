package news.broadsheet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import news.broadsheet.App;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.TestApps;
import news.broadsheet.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApiTokensTest {

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_token_acts_for_its_account_until_it_is_revoked_and_only_its_digest_is_stored(DatabaseKind kind) {
    try (App app = TestApps.on(TestDatabases.fresh(kind, temp))) {
      User editor = app.accounts().addUser("Sana Mir", Role.EDITOR, "correct horse battery");
      IssuedToken issued = app.apiTokens().issue("sana mir", "wire feed");
      assertThat(issued.secret()).startsWith("bst_").hasSizeGreaterThan(40);
      assertThat(app.apiTokens().userOfToken(issued.secret())).contains(editor);
      assertThat(app.apiTokens().userOfToken(issued.secret() + "x")).isEmpty();
      assertThat(app.apiTokens().userOfToken("Bearer " + issued.secret())).isEmpty();
      long stored = app.database().read(h -> h.createQuery("SELECT COUNT(*) FROM api_tokens WHERE token_digest = :t")
          .bind("t", issued.secret()).mapTo(Long.class).one());
      assertThat(stored).isZero();

      app.apiTokens().revoke("Sana Mir", issued.token().id());
      assertThat(app.apiTokens().userOfToken(issued.secret())).isEmpty();
      assertThat(app.apiTokens().tokensOf("Sana Mir")).singleElement().satisfies(t -> {
        assertThat(t.label()).isEqualTo("wire feed");
        assertThat(t.active()).isFalse();
      });
      assertThatThrownBy(() -> app.apiTokens().revoke("Sana Mir", issued.token().id()))
          .hasMessage("Sana Mir has no working token " + issued.token().id() + ".");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void readers_and_unknown_names_get_no_token(DatabaseKind kind) {
    try (App app = TestApps.on(TestDatabases.fresh(kind, temp))) {
      app.accounts().addUser("Imran Ali", Role.READER, "correct horse battery");
      assertThatThrownBy(() -> app.apiTokens().issue("Imran Ali", "x"))
          .hasMessage("Imran Ali is a reader's account; API tokens are for the newsroom's accounts.");
      assertThatThrownBy(() -> app.apiTokens().issue("Nobody", "x")).hasMessage("There is no user named Nobody.");
      assertThatThrownBy(() -> app.apiTokens().issue("Imran Ali", "two\nlines"))
          .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.field()).isEqualTo("label"));
    }
  }
}
