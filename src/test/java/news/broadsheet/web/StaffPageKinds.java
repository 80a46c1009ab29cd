package news.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import news.broadsheet.account.Role;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.StaffFixture;
import news.broadsheet.testing.StaffLogins;
import news.broadsheet.testing.TestServer;

/** One page of every kind the staff pages serve, for the HTML checker. */
final class StaffPageKinds {

  private StaffPageKinds() {}

  static Map<String, String> collect(TestServer site) throws Exception {
    site.app().accounts().addUser("Kinds Admin", Role.ADMIN, StaffLogins.PASSWORD);
    site.app().accounts().addUser("Kinds Reader", Role.READER, StaffLogins.PASSWORD);
    StaffFixture.fill(site);
    long story = site.app().articles().latest(10, 0).stream().filter(a -> !a.commentsClosed()).findFirst().orElseThrow().id();
    long held = site.app().posting().post(new CommentDraft(story, null, "Linker",
        "Links: https://a.example/1 https://b.example/2 https://c.example/3 <b>bold?</b>", null)).id();
    site.app().sanctions().sanctionCommenterOf(held, Duration.ofDays(1), "links <again>", Moderator.named("Kinds"));
    Map<String, String> pages = new LinkedHashMap<>();
    FormClient guest = new FormClient(site);
    pages.put("login", expect(200, guest.get("/login?next=/admin/words")));
    pages.put("login refused", expect(401, guest.post("/login", Map.of("name", "Nobody", "password", "wrong password", "next", "/admin"))));
    FormClient reader = StaffLogins.loggedIn(site, "Kinds Reader");
    pages.put("staff only", expect(403, reader.get("/admin/moderation")));
    FormClient admin = StaffLogins.loggedIn(site, "Kinds Admin");
    for (String tab : new String[] {"pending", "reported", "held-automatically", "approved", "rejected"}) {
      pages.put("queue " + tab, expect(200, admin.get("/admin/moderation?tab=" + tab)));
    }
    pages.put("queue filtered and empty", expect(200, admin.get("/admin/moderation?tab=approved&text=none&story=1&why=links")));
    pages.put("queue after a decision", expect(200, admin.get("/admin/moderation?done=approve&count=3")));
    pages.put("queue with a bad filter", expect(400, admin.get("/admin/moderation?story=twelve")));
    pages.put("queue refusing a decision", expect(422, admin.post("/admin/moderation/comments/" + held, Map.of("action", "reject"))));
    pages.put("bulk confirmation", expect(200, admin.post("/admin/moderation/bulk/filtered", Map.of("tab", "pending", "action", "spam"))));
    pages.put("bulk confirmation of nothing",
        expect(200, admin.post("/admin/moderation/bulk/filtered", Map.of("tab", "approved", "text", "none", "action", "approve"))));
    pages.put("accounts", expect(200, admin.get("/admin/accounts")));
    pages.put("accounts after a change", expect(200, admin.get("/admin/accounts?q=kinds&done=disabled")));
    pages.put("accounts refusing a change", expect(404, admin.post("/admin/accounts/999999/disable", Map.of())));
    pages.put("accounts finding none", expect(200, admin.get("/admin/accounts?q=nobody")));
    pages.put("settings", expect(200, admin.get("/admin/settings")));
    pages.put("settings with an error",
        expect(422, admin.post("/admin/settings", Map.of("key", "moderation.links.max", "value", "many"))));
    admin.post("/admin/words/add", Map.of("list", "banned", "words", "zorblax"));
    pages.put("word lists", expect(200, admin.get("/admin/words")));
    pages.put("dashboard", expect(200, admin.get("/admin/dashboard")));
    pages.put("dashboard of a day without comments", expect(200, admin.get("/admin/dashboard?day=2001-01-01&days=7")));
    pages.put("dashboard refusing a day", expect(400, admin.get("/admin/dashboard?day=someday")));
    pages.put("reactions", expect(200, admin.get("/admin/stories/" + story + "/reactions")));
    String slug = site.app().articles().latest(10, 0).stream().filter(a -> a.id() == story).findFirst().orElseThrow().slug();
    pages.put("story page for staff", expect(200, admin.get("/news/" + story + "/" + slug)));
    return pages;
  }

  /** Paths of the staff pages a signed-in admin opens with GET, for the accessibility check. */
  static Map<String, String> paths() {
    Map<String, String> paths = new LinkedHashMap<>();
    for (String tab : new String[] {"pending", "reported", "held-automatically", "approved", "rejected"}) {
      paths.put("queue " + tab, "/admin/moderation?tab=" + tab);
    }
    paths.put("queue filtered and empty", "/admin/moderation?tab=approved&text=none&story=1");
    paths.put("queue after a decision", "/admin/moderation?done=approve&count=3");
    paths.put("queue with a bad filter", "/admin/moderation?story=twelve");
    paths.put("accounts", "/admin/accounts");
    paths.put("accounts after a change", "/admin/accounts?done=disabled");
    paths.put("settings", "/admin/settings");
    paths.put("word lists", "/admin/words");
    return paths;
  }

  private static String expect(int status, HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(status);
    return response.body();
  }
}
