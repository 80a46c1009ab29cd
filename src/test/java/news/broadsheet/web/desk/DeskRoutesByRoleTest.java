package news.broadsheet.web.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.StaffLogins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every desk route, walked by a guest and by an account of every role: the server lets through
 * exactly the roles whose permissions cover the route, and never acts for the others.
 */
class DeskRoutesByRoleTest {

  @TempDir Path temp;

  /** Routes only editors (and admins) may use; the writer's are all the others but the admin's. */
  private static final Set<String> EDITORS =
      Set.of("POST /desk/stories/{id}/unpublish", "POST /desk/stories/{id}/return", "POST /desk/stories/{id}/corrections",
          "GET /desk/authors", "POST /desk/authors/{slug}");
  private static final Set<String> ADMINS =
      Set.of("GET /desk/sections", "POST /desk/sections", "POST /desk/sections/{slug}");

  @Test
  void every_desk_route_admits_the_roles_it_names_and_refuses_the_rest() throws Exception {
    try (DeskSite s = new DeskSite(DatabaseKind.SQLITE, temp)) {
      s.app.desk().sections().add("Business", true);
      long own = s.desk().create(s.writer, s.fullStory("Writer's story", "business", s.photo("a"), s.photo("a"))).id();
      s.desk().correct(s.editor, s.publish(s.fullStory("Published story", "business", s.photo("b"), s.photo("b"))), "A note.");
      List<String> routes = s.site.server().routes().stream()
          .filter(route -> route.contains(" /desk") && !route.startsWith("HEAD "))
          .distinct().toList();
      assertThat(routes).hasSizeGreaterThanOrEqualTo(19).contains("GET /desk", "POST /desk/stories/{id}");

      FormClient guest = new FormClient(s.site);
      guest.get("/login");
      Map<String, FormClient> members = Map.of(
          "reader", StaffLogins.loggedIn(s.site, "Imran Ali"),
          "moderator", StaffLogins.loggedIn(s.site, "Nadia Hussain"),
          "writer", StaffLogins.loggedIn(s.site, "Ayesha Khan"),
          "editor", StaffLogins.loggedIn(s.site, "Sana Mir"),
          "admin", StaffLogins.loggedIn(s.site, "Zara Sheikh"));
      for (String route : routes) {
        HttpResponse<String> asGuest = call(guest, route, own);
        assertThat(asGuest.statusCode()).as("guest " + route).isEqualTo(302);
        assertThat(asGuest.headers().firstValue("Location").orElseThrow()).as(route).startsWith("/login?next=");
        for (var member : members.entrySet()) {
          int status = call(member.getValue(), route, own).statusCode();
          boolean allowed = switch (member.getKey()) {
            case "reader", "moderator" -> false;
            case "writer" -> !EDITORS.contains(route) && !ADMINS.contains(route);
            case "editor" -> !ADMINS.contains(route);
            default -> true;
          };
          if (allowed) {
            assertThat(status).as(member.getKey() + " " + route).isNotEqualTo(403).isLessThan(500);
          } else {
            assertThat(status).as(member.getKey() + " " + route).isEqualTo(403);
          }
        }
      }
      assertThat(s.desk().open(s.editor, own).revision()).as("the refused never changed the story").isGreaterThan(0);
    }
  }

  @Test
  void a_writer_cannot_open_or_change_another_writers_story_through_any_desk_route() throws Exception {
    try (DeskSite s = new DeskSite(DatabaseKind.SQLITE, temp)) {
      s.app.accounts().addUser("Bilal Ahmed", news.broadsheet.account.Role.WRITER, DeskSite.PASSWORD);
      long theirs = s.desk().create(s.writer, s.fullStory("Ayesha's draft", "", s.photo("a"), s.photo("a"))).id();
      FormClient other = StaffLogins.loggedIn(s.site, "Bilal Ahmed");
      for (String route : List.of("GET /desk/stories/{id}", "POST /desk/stories/{id}", "POST /desk/stories/{id}/autosave",
          "GET /desk/stories/{id}/revisions", "POST /desk/stories/{id}/restore")) {
        assertThat(call(other, route, theirs).statusCode()).as(route).isEqualTo(403);
      }
      assertThat(other.get("/desk").body()).doesNotContain("Ayesha&#39;s draft").doesNotContain("Ayesha's draft");
      assertThat(s.desk().open(s.editor, theirs).revision()).isEqualTo(1);
    }
  }

  private static HttpResponse<String> call(FormClient browser, String route, long storyId) throws Exception {
    String[] parts = route.split(" ", 2);
    String path = parts[1].replace("{id}", String.valueOf(storyId)).replace("{slug}", "business");
    if (path.startsWith("/desk/authors/")) {
      path = "/desk/authors/ayesha-khan";
    }
    if (path.startsWith("/desk/tokens/")) {
      path = "/desk/tokens/999/revoke";
    }
    if (parts[0].equals("GET")) {
      return browser.get(path);
    }
    return browser.post(path, Map.of("revision", "1", "base", "1", "headline", "Changed by the walk", "body", "Text.",
        "text", "A note.", "name", "Walked", "label", "walk", "action", "preview"));
  }
}
