package news.broadsheet.web.staff;

import static news.broadsheet.testing.StaffLogins.PASSWORD;
import static news.broadsheet.testing.StaffLogins.loggedIn;
import static news.broadsheet.testing.StaffLogins.siteWithStaff;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import news.broadsheet.account.Role;
import news.broadsheet.account.User;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.StaffFixture;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admins' accounts page: the list, role changes, disabling, ending sessions, and the last admin. */
class AccountsPageTest {

  @TempDir Path temp;

  private static long id(TestServer site, String name) {
    return site.app().accounts().users().stream().filter(u -> u.name().equals(name)).findFirst().map(User::id).orElseThrow();
  }

  @Test
  void an_admin_searches_the_accounts_and_sees_what_each_has_done() throws Exception {
    try (TestServer site = siteWithStaff(DatabaseKind.SQLITE, temp)) {
      StaffFixture.fill(site);
      for (int i = 0; i < 52; i++) {
        site.app().accounts().addUser(String.format("Reader %02d", i), Role.READER, PASSWORD);
      }
      FormClient ada = loggedIn(site, "Ada");
      String ayesha = ada.get("/admin/accounts?q=ayesha").body();
      assertThat(ayesha).contains("1–1 of 1").contains("Ayesha Khan")
          .contains("<span><strong>0</strong> published</span> <span><strong>1</strong> held</span> <span><strong>0</strong> rejected</span>")
          .contains("href=\"/admin/moderation?tab=pending&amp;commenter=Ayesha+Khan\"").contains("Never seen");
      String first = ada.get("/admin/accounts").body();
      assertThat(first).contains("1–50 of 56").contains("href=\"/admin/accounts?q=&amp;only=&amp;page=2\"");
      assertThat(ada.get("/admin/accounts?page=2").body()).contains("51–56 of 56").contains("Reader 51");
      String self = ada.get("/admin/accounts?q=ada").body();
      assertThat(self).contains("<span class=\"badge\">you</span>").contains("Seen <time").contains("1 session");
      assertThat(ada.get("/admin/accounts?only=moderator").body()).contains("1–1 of 1").contains("Mona");
      assertThat(ada.get("/admin/accounts?q=nobody").body()).contains("No account matches.");
      assertThat(ada.get("/admin/accounts?page=0").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void a_role_change_takes_effect_on_the_next_request_and_is_in_the_audit_trail() throws Exception {
    try (TestServer site = siteWithStaff(DatabaseKind.SQLITE, temp)) {
      FormClient mona = loggedIn(site, "Mona");
      assertThat(mona.get("/admin/moderation").statusCode()).isEqualTo(200);
      FormClient ada = loggedIn(site, "Ada");
      long monaId = id(site, "Mona");
      var changed = ada.post("/admin/accounts/" + monaId + "/role", Map.of("role", "reader", "q", "mo"));
      assertThat(changed.statusCode()).isEqualTo(303);
      assertThat(changed.headers().firstValue("Location")).hasValue("/admin/accounts?q=mo&only=&done=role#account-" + monaId);
      assertThat(mona.get("/admin/moderation").statusCode()).isEqualTo(403);
      String page = ada.get("/admin/accounts?done=role").body();
      assertThat(page).contains("The role is changed.").contains("<strong>Ada</strong> changed the role of Mona from moderator to reader");
      var bad = ada.post("/admin/accounts/" + monaId + "/role", Map.of("role", "overlord"));
      assertThat(bad.statusCode()).isEqualTo(422);
      assertThat(bad.body()).contains("A role is one of reader, writer, moderator, editor, admin.");
      assertThat(ada.post("/admin/accounts/999999/role", Map.of("role", "reader")).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void a_disabled_account_is_signed_out_and_cannot_log_in_until_enabled() throws Exception {
    try (TestServer site = siteWithStaff(DatabaseKind.SQLITE, temp)) {
      FormClient mona = loggedIn(site, "Mona");
      FormClient ada = loggedIn(site, "Ada");
      long monaId = id(site, "Mona");
      assertThat(ada.post("/admin/accounts/" + monaId + "/disable", Map.of()).statusCode()).isEqualTo(303);
      assertThat(mona.get("/admin/moderation").statusCode()).isEqualTo(302);
      FormClient again = new FormClient(site);
      again.get("/login");
      assertThat(again.post("/login", Map.of("name", "Mona", "password", PASSWORD)).statusCode()).isEqualTo(401);
      assertThat(ada.get("/admin/accounts").body()).contains("<strong>Ada</strong> disabled Mona (1 session ended)");
      assertThat(ada.post("/admin/accounts/" + monaId + "/enable", Map.of()).statusCode()).isEqualTo(303);
      assertThat(loggedIn(site, "Mona").get("/admin/moderation").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void signing_an_account_out_everywhere_ends_each_of_its_sessions() throws Exception {
    try (TestServer site = siteWithStaff(DatabaseKind.SQLITE, temp)) {
      FormClient phone = loggedIn(site, "Mona");
      FormClient desk = loggedIn(site, "Mona");
      FormClient ada = loggedIn(site, "Ada");
      assertThat(ada.post("/admin/accounts/" + id(site, "Mona") + "/sign-out", Map.of()).statusCode()).isEqualTo(303);
      assertThat(phone.get("/admin/moderation").statusCode()).isEqualTo(302);
      assertThat(desk.get("/admin/moderation").statusCode()).isEqualTo(302);
      assertThat(ada.get("/admin/accounts").body()).contains("signed Mona out everywhere (2 sessions)");
    }
  }

  @Test
  void the_last_admin_can_be_neither_demoted_nor_disabled() throws Exception {
    try (TestServer site = siteWithStaff(DatabaseKind.SQLITE, temp)) {
      FormClient ada = loggedIn(site, "Ada");
      long adaId = id(site, "Ada");
      var demote = ada.post("/admin/accounts/" + adaId + "/role", Map.of("role", "moderator"));
      assertThat(demote.statusCode()).isEqualTo(409);
      assertThat(demote.body()).contains("Ada is the last admin who can log in");
      assertThat(ada.post("/admin/accounts/" + adaId + "/disable", Map.of()).statusCode()).isEqualTo(409);
      assertThat(ada.get("/admin/accounts").statusCode()).isEqualTo(200);
      assertThat(site.app().accounts().changes(null, 10)).isEmpty();
    }
  }
}
