package news.broadsheet.web.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import news.broadsheet.article.StoryStatus;
import news.broadsheet.desk.DeskStory;
import news.broadsheet.media.TestImages;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.StaffLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's pages as a writer and an editor use them, through the forms alone (no JavaScript). */
class DeskPagesTest {

  @TempDir Path temp;
  private DeskSite s;

  @BeforeEach
  void start() {
    s = new DeskSite(DatabaseKind.SQLITE, temp);
    s.app.desk().sections().add("Business", true);
  }

  @AfterEach
  void stop() {
    s.close();
  }

  static Map<String, String> story(String headline) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("revision", "0");
    fields.put("headline", headline);
    fields.put("standfirst", "The port trust says traffic is back.");
    fields.put("authors", "Ayesha Khan, Bilal Ahmed");
    fields.put("dateline", "karachi");
    fields.put("section", "business");
    fields.put("tags", "Shipping, Karachi");
    fields.put("body", "Traffic *recovered*.\r\n\r\n## Cranes\r\n\r\nTwo new cranes.");
    fields.put("comments", "open");
    return fields;
  }

  private static Map<String, String> with(Map<String, String> fields, String... pairs) {
    Map<String, String> changed = new LinkedHashMap<>(fields);
    for (int i = 0; i < pairs.length; i += 2) {
      changed.put(pairs[i], pairs[i + 1]);
    }
    return changed;
  }

  private long idOf(HttpResponse<String> redirect) {
    String location = redirect.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.replaceAll("^/desk/stories/(\\d+).*$", "$1"));
  }

  @Test
  void a_writer_drafts_and_submits_and_an_editor_publishes_with_the_forms() throws Exception {
    FormClient writer = StaffLogins.loggedIn(s.site, "Ayesha Khan");
    assertThat(writer.get("/desk").body()).contains("Your stories");
    HttpResponse<String> created = writer.post("/desk/stories", with(story("Port traffic recovers"), "action", "save"));
    assertThat(created.statusCode()).isEqualTo(303);
    long id = idOf(created);
    String editor = writer.follow(created).body();
    assertThat(editor).contains("Saved as revision 1.", "value=\"KARACHI\"", "Submit for review")
        .doesNotContain("Publish now");
    HttpResponse<String> submitted = writer.post("/desk/stories/" + id,
        with(story("Port traffic recovers"), "revision", "1", "action", "submit"));
    assertThat(writer.follow(submitted).body()).contains("Submitted for review");
    assertThat(s.site.get("/news/" + id + "/port-traffic-recovers").statusCode()).isEqualTo(404);

    FormClient editorBrowser = StaffLogins.loggedIn(s.site, "Sana Mir");
    assertThat(editorBrowser.get("/desk?status=in_review").body()).contains("Port traffic recovers");
    HttpResponse<String> published = editorBrowser.post("/desk/stories/" + id,
        with(story("Port traffic recovers"), "revision", "2", "action", "publish"));
    assertThat(editorBrowser.follow(published).body()).contains("Published: readers see it now.", "Publish update");
    String page = s.site.get("/news/" + id + "/port-traffic-recovers").body();
    assertThat(page).contains("<em>recovered</em>", "<h2>Cranes</h2>", "Ayesha Khan</a> and <a href=\"/authors/bilal-ahmed\">");
  }

  @Test
  void a_published_storys_editor_links_to_its_reactions_for_an_editor_and_a_draft_does_not() throws Exception {
    long published = s.publish(s.fullStory("Port traffic recovers", "business", s.photo("Port"), s.photo("Port")));
    FormClient editor = StaffLogins.loggedIn(s.site, "Sana Mir");
    String reactions = "/admin/stories/" + published + "/reactions";
    assertThat(editor.get("/desk/stories/" + published).body()).contains("href=\"" + reactions + "\">Reactions</a>");
    assertThat(editor.get(reactions).statusCode()).isEqualTo(200);
    HttpResponse<String> draft = editor.post("/desk/stories", with(story("Cranes arrive"), "action", "save"));
    assertThat(editor.follow(draft).body()).contains("Saved as revision 1.").doesNotContain(">Reactions</a>");
  }

  @Test
  void a_refused_field_comes_back_as_typed_with_the_reason_beside_it() throws Exception {
    FormClient writer = StaffLogins.loggedIn(s.site, "Ayesha Khan");
    HttpResponse<String> refused = writer.post("/desk/stories",
        with(story("  "), "action", "save", "body", "Text <script>alert(1)</script>", "section", "nowhere"));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("A story needs a headline.", "aria-invalid=\"true\"",
        "Text &lt;script&gt;alert(1)&lt;/script&gt;</textarea>");
    HttpResponse<String> badSection = writer.post("/desk/stories", with(story("Port traffic"), "section", "nowhere"));
    assertThat(badSection.statusCode()).isEqualTo(422);
    assertThat(badSection.body()).contains("There is no section 'nowhere'.");
    assertThat(s.app.desk().board().stories(s.editor, null, 10, 0)).isEmpty();
  }

  @Test
  void a_stale_save_shows_both_versions_with_the_other_editors_name_and_keeps_both() throws Exception {
    long id = s.publish(s.fullStory("Port traffic recovers", "business", s.photo("Port"), s.photo("Port")));
    DeskStory opened = s.desk().open(s.editor, id);
    FormClient sana = StaffLogins.loggedIn(s.site, "Sana Mir");
    FormClient omar = StaffLogins.loggedIn(s.site, "Omar Farooq");
    String revision = String.valueOf(opened.revision());
    assertThat(omar.post("/desk/stories/" + id, with(story("Port traffic recovers fully"), "revision", revision)).statusCode())
        .isEqualTo(303);
    HttpResponse<String> stale = sana.post("/desk/stories/" + id,
        with(story("Port traffic recovers"), "revision", revision, "body", "Sana's own body text."));
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body()).contains("Saved meanwhile by Omar Farooq", "Your version (not saved)",
        "Sana's own body text.</textarea>", "Port traffic recovers fully", "<del>", "<ins>");
    assertThat(s.desk().open(s.editor, id).content().headline()).isEqualTo("Port traffic recovers fully");
    HttpResponse<String> kept = sana.post("/desk/stories/" + id, with(story("Port traffic recovers"),
        "revision", String.valueOf(opened.revision() + 1), "body", "Sana's own body text."));
    assertThat(kept.statusCode()).isEqualTo(303);
    assertThat(s.desk().open(s.editor, id).content().body()).isEqualTo("Sana's own body text.");
  }

  @Test
  void images_sent_with_the_form_become_the_lead_and_a_figure_and_a_bad_one_stores_nothing() throws Exception {
    FormClient writer = StaffLogins.loggedIn(s.site, "Ayesha Khan");
    HttpResponse<String> sent = writer.postMultipart("/desk/stories",
        with(story("Port traffic recovers"), "leadAlt", "The port at dawn", "figureAlt", "Two [new] cranes",
            "figureCaption", "The \"new\" cranes"),
        Map.of("leadFile", Map.entry("port.jpg", TestImages.jpeg(1200, 800)),
            "figureFile", Map.entry("cranes.png", TestImages.transparentPng(500, 300))));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
    DeskStory stored = s.desk().open(s.writer, idOf(sent));
    assertThat(stored.content().leadMedia()).hasSize(24);
    assertThat(stored.content().body()).endsWith("\n\n![Two \\[new\\] cranes](media:"
        + s.app.media().find(stored.content().body().replaceAll("(?s).*media:([0-9a-f]{24}).*", "$1")).orElseThrow().key()
        + " \"The \\\"new\\\" cranes\")");
    assertThat(s.app.desk().body().html(s.app.articles().find(stored.id()).orElseThrow().story()))
        .contains("alt=\"Two [new] cranes\"", "<figcaption>The &quot;new&quot; cranes</figcaption>");

    HttpResponse<String> refused = writer.postMultipart("/desk/stories", with(story("Rain expected"), "leadAlt", "Rain"),
        Map.of("leadFile", Map.entry("rain.jpg", "not an image".getBytes(StandardCharsets.UTF_8))));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("The file cannot be used: it is not an image.", "value=\"Rain expected\"");
    assertThat(s.app.desk().board().stories(s.editor, null, 10, 0)).hasSize(1);
  }

  @Test
  void a_photograph_of_megabytes_goes_up_and_one_over_the_setting_is_refused_with_the_limit() throws Exception {
    FormClient writer = StaffLogins.loggedIn(s.site, "Ayesha Khan");
    byte[] photo = TestImages.noisyJpeg(1600, 1200);
    assertThat(photo.length).isGreaterThan(1_100_000);
    HttpResponse<String> sent = writer.postMultipart("/desk/stories", with(story("Port traffic recovers"), "leadAlt", "Noise"),
        Map.of("leadFile", Map.entry("noise.jpg", photo)));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
    s.app.settings().set("media.max-upload-mb", "1", "test");
    HttpResponse<String> tooLarge = writer.postMultipart("/desk/stories", with(story("Rain expected"), "leadAlt", "Noise"),
        Map.of("leadFile", Map.entry("noise.jpg", photo)));
    assertThat(tooLarge.statusCode()).isEqualTo(422);
    assertThat(tooLarge.body()).contains("the desk takes images of at most 1 MB.");
  }

  @Test
  void preview_shows_the_readers_page_of_the_unsaved_text_and_saves_nothing() throws Exception {
    FormClient writer = StaffLogins.loggedIn(s.site, "Ayesha Khan");
    long id = idOf(writer.post("/desk/stories", story("Port traffic recovers")));
    HttpResponse<String> preview = writer.post("/desk/stories/" + id,
        with(story("Port traffic recovers well"), "revision", "1", "action", "preview", "body", "A *new* body."));
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.body()).contains("Preview: this is the page readers will see", "<h1>Port traffic recovers well</h1>",
        "<span class=\"dateline\">KARACHI:</span> A <em>new</em> body.", "<a href=\"/sections/business\">Business</a>");
    assertThat(s.desk().open(s.writer, id).revision()).isEqualTo(1);
    assertThat(s.desk().open(s.writer, id).content().body()).startsWith("Traffic *recovered*");
  }

  @Test
  void revisions_are_listed_compared_word_by_word_and_restored() throws Exception {
    FormClient writer = StaffLogins.loggedIn(s.site, "Ayesha Khan");
    long id = idOf(writer.post("/desk/stories", story("Port traffic recovers")));
    writer.post("/desk/stories/" + id, with(story("Port traffic recovers"), "revision", "1", "body", "Three new cranes."));
    String history = writer.get("/desk/stories/" + id + "/revisions").body();
    assertThat(history).contains("Ayesha Khan saved", "Ayesha Khan created", "Revision 1 and revision 2");
    assertThat(history).contains("<del>", "<ins>Three</ins>");
    HttpResponse<String> restored = writer.post("/desk/stories/" + id + "/restore", Map.of("revision", "1", "base", "2"));
    assertThat(writer.follow(restored).body()).contains("Restored as revision 3.");
    assertThat(s.desk().open(s.writer, id).content().body()).startsWith("Traffic *recovered*");
    assertThat(writer.get("/desk/stories/" + id + "/revisions?from=1&to=99").statusCode()).isEqualTo(404);
    assertThat(writer.get("/desk/stories/" + id + "/revisions?from=x").statusCode()).isEqualTo(400);
  }

  @Test
  void a_story_moved_to_another_section_shows_both_sections_by_their_names() throws Exception {
    s.app.desk().sections().add("Karachi & Sindh", true);
    FormClient writer = StaffLogins.loggedIn(s.site, "Ayesha Khan");
    long id = idOf(writer.post("/desk/stories", story("Port traffic recovers")));
    writer.post("/desk/stories/" + id, with(story("Port traffic recovers"), "revision", "1", "section", "karachi-sindh"));
    String history = writer.get("/desk/stories/" + id + "/revisions").body();
    assertThat(history).contains("<h3>Section</h3>", "<del>Business</del>", "Karachi &amp; Sindh</ins>");
    assertThat(history).doesNotContain("karachi-sindh</ins>");
  }

  @Test
  void an_editor_corrects_unpublishes_and_schedules_with_the_forms() throws Exception {
    long id = s.publish(s.fullStory("Port traffic recovers", "business", s.photo("Port"), s.photo("Port")));
    FormClient editor = StaffLogins.loggedIn(s.site, "Sana Mir");
    HttpResponse<String> empty = editor.post("/desk/stories/" + id + "/corrections", Map.of("text", " "));
    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(empty.body()).contains("A correction has 1 to 1000 characters.");
    editor.post("/desk/stories/" + id + "/corrections", Map.of("text", "An earlier version misstated the cranes."));
    assertThat(s.site.get("/news/" + id + "/port-traffic-recovers").body()).contains("An earlier version misstated the cranes.");
    assertThat(editor.follow(editor.post("/desk/stories/" + id + "/unpublish", Map.of())).body()).contains("Taken off");
    assertThat(s.site.get("/news/" + id + "/port-traffic-recovers").statusCode()).isEqualTo(410);

    long draft = idOf(editor.post("/desk/stories", story("Budget day")));
    HttpResponse<String> noTime = editor.post("/desk/stories/" + draft, with(story("Budget day"), "revision", "1",
        "action", "schedule"));
    assertThat(noTime.statusCode()).isEqualTo(422);
    assertThat(noTime.body()).contains("Give the date and time to publish at.");
    HttpResponse<String> scheduled = editor.post("/desk/stories/" + draft, with(story("Budget day"), "revision", "1",
        "action", "schedule", "publishAt", "2026-11-28T18:30"));
    assertThat(editor.follow(scheduled).body()).contains("Scheduled: it will be published on Saturday 28 November 2026 at 18:30.");
    assertThat(s.desk().open(s.editor, draft).status()).isEqualTo(StoryStatus.SCHEDULED);
    assertThat(s.desk().open(s.editor, draft).publishAt()).isEqualTo(java.time.Instant.parse("2026-11-28T13:30:00Z"));
  }

  @Test
  void autosave_saves_a_draft_and_answers_in_json() throws Exception {
    FormClient writer = StaffLogins.loggedIn(s.site, "Ayesha Khan");
    long id = idOf(writer.post("/desk/stories", story("Port traffic recovers")));
    HttpResponse<String> saved = writer.post("/desk/stories/" + id + "/autosave",
        with(story("Port traffic recovers"), "revision", "1", "body", "Autosaved words."));
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.body()).contains("\"revision\":2");
    HttpResponse<String> stale = writer.post("/desk/stories/" + id + "/autosave",
        with(story("Port traffic recovers"), "revision", "1", "body", "Other words."));
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body()).contains("\"error\":\"stale\"", "\"by\":\"Ayesha Khan\"");
  }
}
