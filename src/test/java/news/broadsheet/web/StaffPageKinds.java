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
import news.broadsheet.testing.StaffLogins;
import news.broadsheet.testing.TestServer;

/** One page of every kind the staff pages serve, for the HTML checker. */
final class StaffPageKinds {

  private StaffPageKinds() {}

  static Map<String, String> collect(TestServer site) throws Exception {
    site.app().accounts().addUser("Kinds Admin", Role.ADMIN, StaffLogins.PASSWORD);
    site.app().accounts().addUser("Kinds Reader", Role.READER, StaffLogins.PASSWORD);
    long story = site.app().articles().latest(10, 0).stream().filter(a -> !a.commentsClosed()).findFirst().orElseThrow().id();
    long held = site.app().posting().post(new CommentDraft(story, null, "Linker",
        "Links: https://a.example/1 https://b.example/2 https://c.example/3 <b>bold?</b>", null)).id();
    site.app().sanctions().sanctionCommenterOf(held, Duration.ofDays(1), "links <again>", Moderator.named("Kinds"));
    Map<String, String> pages = new LinkedHashMap<>();
    FormClient guest = new FormClient(site);
    pages.put("login", expect(200, guest.get("/login?next=/admin/words")));
    pages.put("login refused", expect(401, guest.post("/login", Map.of("name", "Nobody", "password", "wrong password"))));
    FormClient reader = StaffLogins.loggedIn(site, "Kinds Reader");
    pages.put("staff only", expect(403, reader.get("/admin/moderation")));
    FormClient admin = StaffLogins.loggedIn(site, "Kinds Admin");
    pages.put("moderation queue", expect(200, admin.get("/admin/moderation?tab=held-automatically")));
    pages.put("moderation queue empty", expect(200, admin.get("/admin/moderation?tab=approved&text=none")));
    pages.put("settings", expect(200, admin.get("/admin/settings")));
    pages.put("settings with an error",
        expect(422, admin.post("/admin/settings", Map.of("key", "moderation.links.max", "value", "many"))));
    admin.post("/admin/words/add", Map.of("list", "banned", "words", "zorblax"));
    pages.put("word lists", expect(200, admin.get("/admin/words")));
    return pages;
  }

  private static String expect(int status, HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(status);
    return response.body();
  }
}
