package news.broadsheet.web.staff;

import static news.broadsheet.testing.ApiCalls.referenceStory;
import static news.broadsheet.testing.StaffLogins.LINKS;
import static news.broadsheet.testing.StaffLogins.PASSWORD;
import static news.broadsheet.testing.StaffLogins.SLUG;
import static news.broadsheet.testing.StaffLogins.loggedIn;
import static news.broadsheet.testing.StaffLogins.siteWithStaff;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import news.broadsheet.account.Role;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Login, logout, the staff guard on every staff route, and the moderation and admin pages. */
class StaffPagesTest {

  @TempDir Path temp;

  private TestServer site(DatabaseKind kind) throws Exception {
    return siteWithStaff(kind, temp);
  }

  /** Every registered route under /admin, as "METHOD path" with an id that names nothing filled in. */
  private static List<String> staffRoutes(TestServer site) {
    return site.server().routes().stream()
        .filter(route -> route.contains(" /admin"))
        .map(route -> route.replace("{id}", "999999"))
        .distinct()
        .toList();
  }

  private static HttpResponse<String> call(FormClient browser, String route) throws Exception {
    String[] parts = route.split(" ", 2);
    return parts[0].equals("GET")
        ? browser.get(parts[1])
        : browser.post(parts[1], Map.of("action", "approve", "key", "x", "role", "reader", "length", "1", "reason", "walk"));
  }

  /**
   * The role a staff route needs, as the README's staff table says: the queue, the dashboard and a
   * story's reactions are the moderators', the rest the admins'.
   */
  private static Role needed(String route) {
    return route.contains(" /admin/moderation") || route.endsWith(" /admin") || route.contains(" /admin/dashboard")
        || route.contains(" /admin/stories/") ? Role.MODERATOR : Role.ADMIN;
  }

  @Test
  void every_staff_route_answers_each_role_and_a_guest_as_it_should() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      site.app().accounts().addUser("Edith", Role.EDITOR, PASSWORD);
      List<String> routes = staffRoutes(site);
      assertThat(routes).contains("GET /admin", "GET /admin/moderation", "POST /admin/moderation/bulk",
          "POST /admin/moderation/bulk/filtered", "POST /admin/moderation/comments/999999",
          "POST /admin/moderation/comments/999999/sanction", "GET /admin/accounts", "POST /admin/accounts/999999/role",
          "POST /admin/accounts/999999/disable", "POST /admin/accounts/999999/enable", "POST /admin/accounts/999999/sign-out",
          "GET /admin/settings", "POST /admin/settings", "GET /admin/words", "POST /admin/words/add", "POST /admin/words/remove",
          "GET /admin/dashboard", "GET /admin/stories/999999/reactions");
      FormClient guest = new FormClient(site);
      guest.get("/login");
      Map<Role, FormClient> signedIn = new java.util.EnumMap<>(Role.class);
      signedIn.put(Role.READER, loggedIn(site, "Reader"));
      signedIn.put(Role.MODERATOR, loggedIn(site, "Mona"));
      signedIn.put(Role.EDITOR, loggedIn(site, "Edith"));
      signedIn.put(Role.ADMIN, loggedIn(site, "Ada"));
      for (String route : routes) {
        var asGuest = call(guest, route);
        assertThat(asGuest.statusCode()).as("guest: " + route).isEqualTo(302);
        assertThat(asGuest.headers().firstValue("Location").orElseThrow()).as(route).startsWith("/login?next=");
        for (var entry : signedIn.entrySet()) {
          int status = call(entry.getValue(), route).statusCode();
          String who = entry.getKey().code() + ": " + route;
          if (!entry.getKey().atLeast(needed(route))) {
            assertThat(status).as(who).isEqualTo(403);
          } else if (route.startsWith("GET /admin/stories/")) {
            assertThat(status).as(who + " (no such story)").isEqualTo(404);
          } else if (route.startsWith("GET")) {
            assertThat(status).as(who).isIn(200, 302);
          } else {
            assertThat(status).as(who).isIn(200, 303, 400, 404, 409, 422);
          }
        }
      }
      assertThat(call(signedIn.get(Role.ADMIN), "GET /admin").headers().firstValue("Location")).hasValue("/admin/moderation");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void login_opens_a_session_and_logout_ends_it(DatabaseKind kind) throws Exception {
    try (TestServer site = site(kind)) {
      FormClient browser = new FormClient(site);
      assertThat(browser.get("/login?next=/admin/words").body()).contains("name=\"next\" value=\"/admin/words\"");
      var wrong = browser.post("/login", Map.of("name", "Ada", "password", "wrong password!"));
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(wrong.body()).contains("That name and password do not match an account.");
      var unknown = browser.post("/login", Map.of("name", "Nobody", "password", "wrong password!"));
      assertThat(unknown.statusCode()).isEqualTo(401);
      assertThat(unknown.body()).contains("That name and password do not match an account.");
      var ok = browser.post("/login", Map.of("name", "Ada", "password", PASSWORD, "next", "/admin/words"));
      assertThat(ok.statusCode()).isEqualTo(303);
      assertThat(ok.headers().firstValue("Location")).hasValue("/admin/words");
      String cookie = ok.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("bs_session=")).findFirst().orElseThrow();
      assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/").doesNotContain("Secure");
      String token = browser.cookie("bs_session");
      assertThat(browser.get("/admin/words").statusCode()).isEqualTo(200);
      assertThat(browser.post("/logout", Map.of()).statusCode()).isEqualTo(303);
      assertThat(site.app().accounts().userOfSession(token)).isEmpty();
      assertThat(browser.get("/admin/words").statusCode()).isEqualTo(302);
      var again = loggedIn(site, "Ada");
      assertThat(again.cookie("bs_session")).isNotEqualTo(token);
    }
  }

  @Test
  void next_must_be_a_local_path() {
    assertThat(LoginHandlers.safeNext("//evil.example/x")).isEqualTo("/admin/moderation");
    assertThat(LoginHandlers.safeNext("https://evil.example/")).isEqualTo("/admin/moderation");
    assertThat(LoginHandlers.safeNext("/\\evil.example")).isEqualTo("/admin/moderation");
    assertThat(LoginHandlers.safeNext("/admin/settings?x=1")).isEqualTo("/admin/settings?x=1");
  }

  @Test
  void repeated_failures_are_throttled_with_429() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      FormClient browser = new FormClient(site);
      browser.get("/login");
      int status = 0;
      for (int i = 0; i < 25 && status != 429; i++) {
        status = browser.post("/login", Map.of("name", "Ada", "password", "wrong password!")).statusCode();
      }
      assertThat(status).isEqualTo(429);
      assertThat(browser.post("/login", Map.of("name", "Ada", "password", PASSWORD)).body()).contains("Too many attempts");
    }
  }

  @Test
  void the_session_cookie_is_secure_behind_tls_and_forms_need_their_token() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      FormClient browser = new FormClient(site);
      browser.get("/login");
      String form = "csrf=" + browser.formToken() + "&name=Ada&password=" + PASSWORD.replace(' ', '+');
      var answer = site.send(HttpRequest.newBuilder(URI.create(site.url("/login")))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("Cookie", "broadsheet_form=" + browser.formToken())
          .header("X-Forwarded-Proto", "https")
          .POST(HttpRequest.BodyPublishers.ofString(form)));
      assertThat(answer.statusCode()).isEqualTo(303);
      assertThat(answer.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("bs_session=") && c.contains("Secure"));
      assertThat(browser.postRaw("/login", Map.of("name", "Ada", "password", PASSWORD)).statusCode()).isEqualTo(403);
      FormClient admin = loggedIn(site, "Ada");
      for (String route : staffRoutes(site)) {
        if (route.startsWith("POST")) {
          assertThat(admin.postRaw(route.substring(5), Map.of("action", "approve")).statusCode()).as(route).isEqualTo(403);
        }
      }
      assertThat(admin.postRaw("/logout", Map.of()).statusCode()).isEqualTo(403);
    }
  }

  @Test
  void a_moderator_sees_why_a_comment_was_held_and_approves_it() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      long id = referenceStory(site);
      FormClient reader = new FormClient(site);
      reader.get("/news/" + id + "/" + SLUG);
      assertThat(reader.comment(id, "Linker", LINKS).statusCode()).isEqualTo(303);
      FormClient moderator = loggedIn(site, "Mona");
      var held = moderator.get("/admin/moderation?tab=held-automatically");
      assertThat(held.statusCode()).isEqualTo(200);
      assertThat(held.body()).contains("Linker").contains("links");
      long commentId = site.app().moderation().queue(news.broadsheet.moderation.QueueTab.HELD_AUTOMATICALLY,
          news.broadsheet.moderation.QueueFilter.NONE, 10, 0).get(0).comment().id();
      var approved = moderator.post("/admin/moderation/comments/" + commentId,
          Map.of("action", "approve", "tab", "held-automatically", "commenter", "Linker"));
      assertThat(approved.statusCode()).isEqualTo(303);
      assertThat(approved.headers().firstValue("Location")).hasValue("/admin/moderation?tab=held-automatically&commenter=Linker&done=approve&count=1");
      assertThat(reader.get("/news/" + id + "/" + SLUG).body()).contains("https://c.example/3");
      var history = moderator.get("/admin/moderation?tab=approved");
      assertThat(history.body()).contains("<strong>Mona</strong> approved it");
    }
  }

  @Test
  void rejected_comments_stay_stored_but_hidden_and_bulk_approval_publishes_all_checked() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      long id = referenceStory(site);
      FormClient reader = new FormClient(site);
      reader.get("/news/" + id + "/" + SLUG);
      for (String name : List.of("One", "Two", "Three")) {
        reader.comment(id, name, name + " says " + LINKS);
      }
      var queue = site.app().moderation().queue(news.broadsheet.moderation.QueueTab.PENDING,
          news.broadsheet.moderation.QueueFilter.NONE, 10, 0);
      assertThat(queue).hasSize(3);
      FormClient moderator = loggedIn(site, "Mona");
      long first = queue.get(0).comment().id();
      assertThat(moderator.post("/admin/moderation/comments/" + first, Map.of("action", "reject")).statusCode()).isEqualTo(422);
      assertThat(moderator.post("/admin/moderation/comments/" + first, Map.of("action", "reject", "reason", "off topic"))
          .statusCode()).isEqualTo(303);
      assertThat(site.app().comments().find(first)).isPresent();
      assertThat(moderator.get("/admin/moderation?tab=rejected").body()).contains("off topic");
      String bulk = "csrf=" + moderator.formToken() + "&action=approve&ids=" + queue.get(1).comment().id()
          + "&ids=" + queue.get(2).comment().id();
      var answer = moderatorPost(site, moderator, "/admin/moderation/bulk", bulk);
      assertThat(answer.statusCode()).isEqualTo(303);
      String story = reader.get("/news/" + id + "/" + SLUG).body();
      assertThat(story).contains("Two says").contains("Three says").doesNotContain("One says");
    }
  }

  private static HttpResponse<String> moderatorPost(TestServer site, FormClient browser, String path, String body)
      throws Exception {
    return site.send(HttpRequest.newBuilder(URI.create(site.url(path)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", "broadsheet_form=" + browser.formToken() + "; bs_session=" + browser.cookie("bs_session"))
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  @Test
  void an_admin_changes_a_setting_and_edits_the_word_lists() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      FormClient admin = loggedIn(site, "Ada");
      assertThat(admin.get("/admin/settings").body()).contains("moderation.links.max").contains("Classifier");
      var bad = admin.post("/admin/settings", Map.of("key", "moderation.links.max", "value", "many"));
      assertThat(bad.statusCode()).isEqualTo(422);
      assertThat(bad.body()).contains("class=\"field-error\"");
      var ok = admin.post("/admin/settings", Map.of("key", "moderation.links.max", "value", "5"));
      assertThat(ok.statusCode()).isEqualTo(303);
      assertThat(site.app().settings().get("moderation.links.max")).isEqualTo("5");
      assertThat(admin.post("/admin/words/add", Map.of("list", "suspect", "words", "zorblax")).statusCode()).isEqualTo(303);
      assertThat(admin.get("/admin/words").body()).contains("zorblax");
      assertThat(admin.post("/admin/words/remove", Map.of("word", "zorblax")).statusCode()).isEqualTo(303);
      assertThat(admin.get("/admin/words").body()).doesNotContain("zorblax");
    }
  }
}
