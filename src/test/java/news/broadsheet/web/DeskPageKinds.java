package news.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import news.broadsheet.desk.DeskStory;
import news.broadsheet.media.Media;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.StaffLogins;
import news.broadsheet.web.desk.DeskSite;

/**
 * One page of every kind the desk brings, readers' and staff's, with the stories they show: for
 * the HTML checker (their HTML) and the accessibility check (their addresses).
 */
final class DeskPageKinds {

  final Map<String, String> readerPaths = new LinkedHashMap<>();
  final Map<String, String> staffPaths = new LinkedHashMap<>();
  final long published;
  final long draft;

  DeskPageKinds(DeskSite s) {
    s.app.desk().sections().add("Business", true);
    Media lead = s.photo("The port at dawn");
    published = s.publish(s.fullStory("Port traffic recovers", "business", lead, lead));
    DeskStory now = s.desk().open(s.editor, published);
    s.desk().save(s.editor, published, now.revision(), now.content().withBody(now.content().body() + "\n\n> A quote."));
    s.desk().correct(s.editor, published, "An earlier version of this story misstated the number of cranes.");
    s.app.desk().authors().describe("ayesha-khan", "Ayesha Khan", "Ayesha covers the port and shipping.");
    long gone = s.publish(s.fullStory("Taken down story", "business", lead, lead));
    s.desk().unpublish(s.editor, gone);
    draft = s.desk().create(s.writer, s.fullStory("Rain expected in Karachi", "", lead, lead)).id();
    String story = "/news/" + published + "/port-traffic-recovers";
    readerPaths.put("desk story with figures, tags and a correction", story);
    readerPaths.put("front page with desk stories", "/");
    readerPaths.put("section", "/sections/business");
    readerPaths.put("tag", "/tags/shipping");
    readerPaths.put("author", "/authors/ayesha-khan");
    readerPaths.put("corrections", "/corrections");
    readerPaths.put("gone", "/news/" + gone + "/taken-down-story");
    staffPaths.put("desk list", "/desk");
    staffPaths.put("desk list in review", "/desk?status=in_review");
    staffPaths.put("new story", "/desk/new");
    staffPaths.put("editor of a published story", "/desk/stories/" + published);
    staffPaths.put("editor of a draft", "/desk/stories/" + draft + "?done=save");
    staffPaths.put("revisions compared", "/desk/stories/" + published + "/revisions");
    staffPaths.put("authors", "/desk/authors");
    staffPaths.put("author being edited", "/desk/authors?edit=ayesha-khan");
    staffPaths.put("sections", "/desk/sections");
    staffPaths.put("API tokens", "/desk/tokens");
  }

  /** Every page's HTML, those only a POST answers included (an editor with errors, the 409, a preview). */
  Map<String, String> collect(DeskSite s) throws Exception {
    Map<String, String> pages = new LinkedHashMap<>();
    FormClient reader = new FormClient(s.site);
    for (var page : readerPaths.entrySet()) {
      pages.put(page.getKey(), reader.get(page.getValue()).body());
    }
    FormClient admin = StaffLogins.loggedIn(s.site, "Zara Sheikh");
    for (var page : staffPaths.entrySet()) {
      HttpResponse<String> response = admin.get(page.getValue());
      assertThat(response.statusCode()).as(page.getKey()).isEqualTo(200);
      pages.put(page.getKey(), response.body());
    }
    Map<String, String> bad = Map.of("revision", "0", "headline", "", "body", "Text", "dateline", "karachi 7",
        "comments", "open", "authors", "Ayesha Khan");
    pages.put("editor with errors", expect(422, admin.post("/desk/stories", bad)));
    DeskStory now = s.desk().open(s.editor, draft);
    s.desk().save(s.editor, draft, now.revision(), now.content().withHeadline("Rain expected in Karachi today"));
    Map<String, String> stale = Map.of("revision", String.valueOf(now.revision()), "headline", "Rain in Karachi",
        "body", "My own body.", "comments", "open", "authors", "Ayesha Khan");
    pages.put("saved meanwhile (409)", expect(409, admin.post("/desk/stories/" + draft, stale)));
    pages.put("preview", expect(200, admin.post("/desk/stories/" + draft, Map.of("revision", "0", "headline",
        "Rain in Karachi", "body", "A *preview*.", "comments", "open", "authors", "Ayesha Khan", "action", "preview"))));
    pages.put("token made", expect(200, admin.post("/desk/tokens", Map.of("label", "Wire feed"))));
    pages.put("not part of your role", expect(403, StaffLogins.loggedIn(s.site, "Nadia Hussain").get("/desk")));
    return pages;
  }

  private static String expect(int status, HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(status);
    return response.body();
  }
}
