package news.broadsheet.web.staff;

import static news.broadsheet.testing.StaffLogins.PASSWORD;
import static news.broadsheet.testing.StaffLogins.loggedIn;
import static news.broadsheet.testing.StaffLogins.siteWithStaff;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import news.broadsheet.App;
import news.broadsheet.account.Role;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.privacy.CommenterDataJson;
import news.broadsheet.privacy.DataSubject;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.StaffLogins;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The admins' data-rights page: finding a commenter, their export and their erasure, as the command line does them. */
class DataRightsPageTest {

  private static final String ALI = "203.0.113.5";
  private static final String BEN = "198.51.100.9";

  @TempDir Path temp;

  private static long story(App app) {
    return app.articles().latest(1, 0).get(0).id();
  }

  /** A guest's two comments, one of them replied to by Zara; in posting order. */
  private static List<Comment> twoComments(App app, String name, String client) {
    Comment replied = app.posting().post(new CommentDraft(story(app), null, name, "Quokka thoughts of " + name + ".", client));
    Comment alone = app.posting().post(new CommentDraft(story(app), null, name, "More quokka from " + name + ".", client));
    app.posting().post(new CommentDraft(story(app), replied.id(), "Zara", "I disagree with " + name + ".", "192.0.2.8"));
    return List.of(replied, alone);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void an_admin_finds_a_guest_downloads_their_data_and_erases_it_as_the_command_line_would(DatabaseKind kind) throws Exception {
    try (TestServer site = siteWithStaff(kind, temp)) {
      App app = site.app();
      List<Comment> ali = twoComments(app, "Ali", ALI);
      Comment sameNameElsewhere = app.posting().post(new CommentDraft(story(app), null, "Ali", "Another Ali.", BEN));
      List<Comment> twin = twoComments(app, "Ben", BEN);
      FormClient admin = loggedIn(site, "Ada");

      String found = expect(200, admin.get("/admin/data-rights?q=Ali")).body();
      assertThat(found).contains(ALI, BEN, "<strong>2</strong> comments", "<strong>1</strong> comment");

      HttpResponse<String> export = expect(200, admin.get("/admin/data-rights/export?guest=Ali&client=" + ALI));
      assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
      assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
          .matches("attachment; filename=\"commenter-guest-[0-9a-f]{16}\\.json\"");
      assertThat(withoutTime(export.body()))
          .isEqualTo(withoutTime(CommenterDataJson.text(app.dataRights().export(DataSubject.guest("Ali", ALI)))));
      assertThat(export.body()).contains("Quokka thoughts of Ali.").doesNotContain("Another Ali.");

      assertThat(expect(200, admin.get("/admin/data-rights/erase?guest=Ali&client=" + ALI)).body())
          .contains("Erase Ali's data?", "<strong>2</strong> comments leave");
      Map<String, String> who = Map.of("guest", "Ali", "client", ALI);
      assertThat(admin.postRaw("/admin/data-rights/erase", who).statusCode()).as("no form token").isEqualTo(403);
      assertThat(app.comments().find(ali.get(1).id()).orElseThrow().status()).isEqualTo(CommentStatus.PUBLISHED);

      HttpResponse<String> erased = expect(303, admin.post("/admin/data-rights/erase", who));
      assertThat(erased.headers().firstValue("Location")).hasValue("/admin/data-rights?q=Ali&erased=1&kept=1&deleted=0");
      assertThat(admin.follow(erased).body()).contains("Erased: 1 comment removed, 1 comment kept as");
      app.dataRights().erase(DataSubject.guest("Ben", BEN), Moderator.named("command line"));

      for (int i = 0; i < 2; i++) {
        Comment byPage = app.comments().find(ali.get(i).id()).orElseThrow();
        Comment byCommand = app.comments().find(twin.get(i).id()).orElseThrow();
        assertThat(List.of(byPage.status(), byPage.name(), byPage.text()))
            .isEqualTo(List.of(byCommand.status(), byCommand.name(), byCommand.text()));
      }
      assertThat(app.comments().find(ali.get(0).id()).orElseThrow().text()).isEqualTo("[removed at the reader's request]");
      assertThat(app.comments().find(ali.get(1).id()).orElseThrow().status()).isEqualTo(CommentStatus.ERASED);
      assertThat(app.comments().find(sameNameElsewhere.id()).orElseThrow().text()).isEqualTo("Another Ali.");
      assertThat(site.get("/news/" + story(app) + "/" + StaffLogins.SLUG).body()).doesNotContain("quokka from Ali", "Quokka thoughts of Ali");
      List<String> audit = app.database().read(h -> h.createQuery(
          "SELECT actor || ': ' || reason FROM moderation_events WHERE action = 'erased' ORDER BY id").mapTo(String.class).list());
      assertThat(audit).containsExactly(
          "Ada: at the commenter's request: 1 comment removed, 1 comment kept as \"[removed at the reader's request]\"",
          "command line: at the commenter's request: 1 comment removed, 1 comment kept as \"[removed at the reader's request]\"");
    }
  }

  @Test
  void an_account_is_erased_with_its_comments_and_a_staff_account_is_not() throws Exception {
    try (TestServer site = siteWithStaff(DatabaseKind.SQLITE, temp)) {
      App app = site.app();
      long id = app.accounts().addUser("Ayesha", Role.READER, PASSWORD).id();
      Comment comment = app.posting().post(CommentDraft.byAccount(story(app), null, id, "Ayesha", "Quokka by Ayesha.", ALI));
      FormClient admin = loggedIn(site, "Ada");
      assertThat(expect(200, admin.get("/admin/data-rights?q=ayesha")).body()).contains("Ayesha", "reader");
      assertThat(expect(200, admin.get("/admin/data-rights/export?account=ayesha")).headers().firstValue("Content-Disposition"))
          .hasValue("attachment; filename=\"commenter-account-" + id + ".json\"");

      HttpResponse<String> erased = expect(303, admin.post("/admin/data-rights/erase", Map.of("account", "Ayesha")));
      assertThat(erased.headers().firstValue("Location")).hasValue("/admin/data-rights?q=Ayesha&erased=1&kept=0&deleted=1");
      assertThat(app.accounts().user("Ayesha")).isEmpty();
      assertThat(app.comments().find(comment.id()).orElseThrow().status()).isEqualTo(CommentStatus.ERASED);

      assertThat(expect(409, admin.get("/admin/data-rights/erase?account=Mona")).body())
          .contains("Mona is a staff account (role moderator): make it a reader's on the Accounts page before erasing it.");
      assertThat(expect(409, admin.post("/admin/data-rights/erase", Map.of("account", "Mona"))).statusCode()).isEqualTo(409);
      assertThat(app.accounts().user("Mona")).isPresent();
    }
  }

  @Test
  void a_commenter_who_is_not_there_or_not_named_gets_a_clear_message() throws Exception {
    try (TestServer site = siteWithStaff(DatabaseKind.SQLITE, temp)) {
      twoComments(site.app(), "Ali", ALI);
      FormClient admin = loggedIn(site, "Ada");
      assertThat(expect(200, admin.get("/admin/data-rights?q=Nobody")).body())
          .contains("Nobody has commented as “Nobody”, and no account has that name.");
      assertThat(expect(404, admin.get("/admin/data-rights/export?account=Nobody")).body()).contains("There is no account named Nobody.");
      assertThat(expect(302, admin.get("/admin/data-rights/export")).headers().firstValue("Location")).hasValue("/admin/data-rights");
      assertThat(expect(400, admin.get("/admin/data-rights/export?client=" + ALI)).body())
          .contains("Name a guest by the name they commented under and the connection they posted from (both).");
      assertThat(expect(400, admin.post("/admin/data-rights/erase", Map.of())).body()).contains("Name one commenter: an account by its name");
      assertThat(expect(400, admin.get("/admin/data-rights/export?account=Ada&guest=Ali")).body()).contains("Name one commenter");
      assertThat(expect(400, admin.get("/admin/data-rights/erase?guest=Ali")).body())
          .contains("Name a guest by the name they commented under and the connection they posted from (both).");
      assertThat(expect(404, admin.get("/admin/data-rights/export?guest=Ali&client=192.0.2.99")).body())
          .contains("Nothing is stored about a guest named Ali from the connection 192.0.2.99.");
      assertThat(expect(404, admin.post("/admin/data-rights/erase", Map.of("guest", "Nobody", "client", ALI))).statusCode())
          .isEqualTo(404);
    }
  }

  private static String withoutTime(String json) throws Exception {
    ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(json);
    tree.remove("exportedAt");
    return tree.toString();
  }

  private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return response;
  }
}
