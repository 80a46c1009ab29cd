package news.broadsheet.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import news.broadsheet.article.StoryStatus;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.web.desk.DeskSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk API as a wire feed uses it: Bearer tokens, the story's life, stale saves; every answer checked against the OpenAPI document. */
class DeskApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  private DeskSite s;
  private OpenApiChecker api;
  private String writerToken;
  private String editorToken;

  @BeforeEach
  void start() throws Exception {
    s = new DeskSite(DatabaseKind.SQLITE, temp);
    s.app.desk().sections().add("Business", true);
    api = new OpenApiChecker(JSON.readTree(s.site.get("/api/v1/openapi.json").body()));
    writerToken = s.app.apiTokens().issue("Ayesha Khan", "wire").secret();
    editorToken = s.app.apiTokens().issue("Sana Mir", "wire").secret();
  }

  @AfterEach
  void stop() {
    s.close();
  }

  private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(s.site.url(path)))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return s.site.send(request);
  }

  private HttpResponse<String> checked(String method, String documented, String path, String token, String json)
      throws Exception {
    HttpResponse<String> response = call(method, path, token, json);
    api.check(method, documented, response);
    return response;
  }

  private static final String STORY = "{\"headline\":\"Port traffic recovers\",\"standfirst\":\"Traffic is back.\","
      + "\"authors\":[\"Ayesha Khan\"],\"dateline\":\"KARACHI\",\"section\":\"business\",\"tags\":[\"Shipping\"],"
      + "\"body\":\"Traffic *recovered*.\\n\\n## Cranes\\n\\nTwo new cranes.\"}";

  @Test
  void a_wire_story_goes_from_draft_to_published_to_corrected_through_the_api() throws Exception {
    HttpResponse<String> created = checked("POST", "/api/v1/desk/stories", "/api/v1/desk/stories", writerToken, STORY);
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode story = JSON.readTree(created.body());
    assertThat(story.get("status").asText()).isEqualTo("draft");
    assertThat(story.get("revision").asInt()).isEqualTo(1);
    long id = story.get("id").asLong();
    String path = "/api/v1/desk/stories/" + id;
    checked("POST", "/api/v1/desk/stories/{id}/submit", path + "/submit", writerToken, null);
    HttpResponse<String> refused = checked("POST", "/api/v1/desk/stories/{id}/publish", path + "/publish", writerToken, null);
    assertThat(refused.statusCode()).isEqualTo(403);
    HttpResponse<String> published = checked("POST", "/api/v1/desk/stories/{id}/publish", path + "/publish", editorToken, null);
    assertThat(JSON.readTree(published.body()).get("status").asText()).isEqualTo("published");
    assertThat(s.site.get("/news/" + id + "/port-traffic-recovers").statusCode()).isEqualTo(200);
    HttpResponse<String> corrected = checked("POST", "/api/v1/desk/stories/{id}/corrections", path + "/corrections",
        editorToken, "{\"text\":\"An earlier version misstated the cranes.\"}");
    assertThat(corrected.statusCode()).isEqualTo(201);
    HttpResponse<String> history = checked("GET", "/api/v1/desk/stories/{id}/revisions", path + "/revisions", writerToken, null);
    assertThat(JSON.readTree(history.body()).get("items").get(0).get("kind").asText()).isEqualTo("corrected");
    checked("POST", "/api/v1/desk/stories/{id}/unpublish", path + "/unpublish", editorToken, null);
    assertThat(s.site.get("/news/" + id + "/port-traffic-recovers").statusCode()).isEqualTo(410);
  }

  @Test
  void a_put_from_an_older_revision_answers_409_with_the_latest_and_writes_nothing() throws Exception {
    long id = JSON.readTree(call("POST", "/api/v1/desk/stories", editorToken, STORY).body()).get("id").asLong();
    String path = "/api/v1/desk/stories/" + id;
    String edit = STORY.replace("{\"headline\"", "{\"revision\":1,\"headline\"");
    HttpResponse<String> saved = checked("PUT", "/api/v1/desk/stories/{id}", path, editorToken, edit.replace("Two new", "Three new"));
    assertThat(JSON.readTree(saved.body()).get("revision").asInt()).isEqualTo(2);
    HttpResponse<String> stale = checked("PUT", "/api/v1/desk/stories/{id}", path, editorToken, edit.replace("Two new", "Four new"));
    assertThat(stale.statusCode()).isEqualTo(409);
    JsonNode answer = JSON.readTree(stale.body());
    assertThat(answer.get("revision").asInt()).isEqualTo(2);
    assertThat(answer.get("by").asText()).isEqualTo("Sana Mir");
    assertThat(answer.get("current").get("body").asText()).contains("Three new");
    HttpResponse<String> noRevision = checked("PUT", "/api/v1/desk/stories/{id}", path, editorToken, STORY);
    assertThat(noRevision.statusCode()).isEqualTo(422);
    assertThat(s.desk().open(s.editor, id).content().body()).contains("Three new");
  }

  @Test
  void a_story_scheduled_through_the_api_is_published_by_the_scheduler() throws Exception {
    long id = JSON.readTree(call("POST", "/api/v1/desk/stories", editorToken, STORY).body()).get("id").asLong();
    HttpResponse<String> scheduled = checked("POST", "/api/v1/desk/stories/{id}/publish", "/api/v1/desk/stories/" + id + "/publish",
        editorToken, "{\"at\":\"2026-11-28T20:00:00+05:00\"}");
    assertThat(JSON.readTree(scheduled.body()).get("status").asText()).isEqualTo("scheduled");
    assertThat(JSON.readTree(scheduled.body()).get("publishAt").asText()).isEqualTo("2026-11-28T20:00:00+05:00");
    s.clock.set(java.time.Instant.parse("2026-11-28T15:00:01Z"));
    news.broadsheet.testing.Eventually.within(java.time.Duration.ofSeconds(5),
        () -> s.app.articles().find(id).orElseThrow().status() == StoryStatus.PUBLISHED);
  }

  @Test
  void requests_without_a_working_token_or_with_bad_bodies_are_refused_with_the_reason() throws Exception {
    assertThat(checked("POST", "/api/v1/desk/stories", "/api/v1/desk/stories", null, STORY).statusCode()).isEqualTo(401);
    assertThat(call("POST", "/api/v1/desk/stories", null, STORY).headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"desk\"");
    assertThat(checked("POST", "/api/v1/desk/stories", "/api/v1/desk/stories", "bst_nonsense", STORY).statusCode()).isEqualTo(401);
    String moderatorToken = s.app.apiTokens().issue("Nadia Hussain", "x").secret();
    assertThat(checked("POST", "/api/v1/desk/stories", "/api/v1/desk/stories", moderatorToken, STORY).statusCode()).isEqualTo(403);
    assertThat(checked("POST", "/api/v1/desk/stories", "/api/v1/desk/stories", writerToken, "{\"headline\":").statusCode()).isEqualTo(400);
    HttpResponse<String> invalid = checked("POST", "/api/v1/desk/stories", "/api/v1/desk/stories", writerToken,
        "{\"headline\":\"\",\"body\":\"x\"}");
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(invalid.body()).get("field").asText()).isEqualTo("headline");
    String huge = "{\"headline\":\"Long\",\"body\":\"" + "x".repeat(1_100_000) + "\"}";
    assertThat(checked("POST", "/api/v1/desk/stories", "/api/v1/desk/stories", writerToken, huge).statusCode()).isEqualTo(413);
    String long150k = "{\"headline\":\"Long\",\"body\":\"" + "word ".repeat(30_000) + "\"}";
    assertThat(checked("POST", "/api/v1/desk/stories", "/api/v1/desk/stories", writerToken, long150k).statusCode()).isEqualTo(201);
    assertThat(checked("GET", "/api/v1/desk/stories/{id}", "/api/v1/desk/stories/999", writerToken, null).statusCode()).isEqualTo(404);
    long other = JSON.readTree(call("POST", "/api/v1/desk/stories", editorToken, STORY.replace("Port traffic", "Other")).body())
        .get("id").asLong();
    assertThat(checked("GET", "/api/v1/desk/stories/{id}", "/api/v1/desk/stories/" + other, writerToken, null).statusCode())
        .isEqualTo(403);
    assertThat(checked("POST", "/api/v1/desk/stories/{id}/unpublish", "/api/v1/desk/stories/" + other + "/unpublish",
        editorToken, null).statusCode()).isEqualTo(409);
    s.app.apiTokens().revoke("Ayesha Khan", 1);
    assertThat(call("GET", "/api/v1/desk/stories/" + other, writerToken, null).statusCode()).isEqualTo(401);
  }

  /** One call of the API and the status it must answer; the answer is checked against the document. */
  private void expect(int status, String method, String documented, String path, String token, String json)
      throws Exception {
    assertThat(checked(method, documented, path, token, json).statusCode()).as(method + " " + path).isEqualTo(status);
  }

  @Test
  void every_answer_the_document_names_for_the_desk_api_is_given_and_matches_it() throws Exception {
    String moderator = s.app.apiTokens().issue("Nadia Hussain", "x").secret();
    String stories = "/api/v1/desk/stories";
    String one = stories + "/{id}";
    long draft = JSON.readTree(call("POST", stories, editorToken, STORY).body()).get("id").asLong();
    long published = JSON.readTree(call("POST", stories, editorToken, STORY.replace("Port traffic", "Cranes")).body())
        .get("id").asLong();
    call("POST", stories + "/" + published + "/publish", editorToken, null);
    long bare = JSON.readTree(call("POST", stories, editorToken, "{\"headline\":\"Only a headline\"}").body())
        .get("id").asLong();
    String huge = "{\"headline\":\"Long\",\"body\":\"" + "x".repeat(1_100_000) + "\"}";
    String edit = STORY.replace("{\"headline\"", "{\"revision\":1,\"headline\"");
    String correction = "{\"text\":\"An earlier version misstated the cranes.\"}";
    java.util.List<String[]> operations = java.util.List.of(
        new String[] {"GET", one, ""}, new String[] {"PUT", one, edit}, new String[] {"POST", one + "/submit", null},
        new String[] {"POST", one + "/publish", null}, new String[] {"POST", one + "/unpublish", null},
        new String[] {"POST", one + "/corrections", correction}, new String[] {"GET", one + "/revisions", ""});
    for (String[] op : operations) {
      String body = "".equals(op[2]) ? null : op[2];
      expect(401, op[0], op[1], op[1].replace("{id}", String.valueOf(draft)), null, body);
      expect(403, op[0], op[1], op[1].replace("{id}", String.valueOf(draft)), moderator, body);
      expect(404, op[0], op[1], op[1].replace("{id}", "999"), editorToken, body);
    }
    expect(401, "POST", stories, stories, null, STORY);
    expect(403, "POST", stories, stories, moderator, STORY);
    for (String[] op : java.util.List.of(new String[] {"POST", stories, stories}, new String[] {"PUT", one, stories + "/" + draft},
        new String[] {"POST", one + "/publish", stories + "/" + draft + "/publish"},
        new String[] {"POST", one + "/corrections", stories + "/" + published + "/corrections"})) {
      expect(400, op[0], op[1], op[2], editorToken, "{oops");
    }
    expect(413, "POST", stories, stories, editorToken, huge);
    expect(413, "PUT", one, stories + "/" + draft, editorToken, huge);
    expect(422, "POST", stories, stories, editorToken, "{\"headline\":\"\"}");
    expect(422, "PUT", one, stories + "/" + draft, editorToken, STORY);
    expect(422, "POST", one + "/submit", stories + "/" + bare + "/submit", editorToken, null);
    expect(400, "POST", one + "/publish", stories + "/" + draft + "/publish", editorToken, "{\"at\":\"tomorrow\"}");
    expect(422, "POST", one + "/publish", stories + "/" + bare + "/publish", editorToken, null);
    expect(422, "POST", one + "/corrections", stories + "/" + published + "/corrections", editorToken, "{\"text\":\"\"}");
    expect(409, "POST", one + "/submit", stories + "/" + published + "/submit", editorToken, null);
    expect(409, "POST", one + "/publish", stories + "/" + published + "/publish", editorToken, null);
    expect(409, "POST", one + "/unpublish", stories + "/" + draft + "/unpublish", editorToken, null);
    expect(409, "POST", one + "/corrections", stories + "/" + draft + "/corrections", editorToken, correction);
    expect(200, "GET", one, stories + "/" + draft, editorToken, null);
    expect(200, "GET", one + "/revisions", stories + "/" + draft + "/revisions", editorToken, null);
    expect(200, "PUT", one, stories + "/" + draft, editorToken, edit.replace("Two new", "Three new"));
    expect(409, "PUT", one, stories + "/" + draft, editorToken, edit.replace("Two new", "Four new"));
    expect(200, "POST", one + "/submit", stories + "/" + draft + "/submit", editorToken, null);
    expect(200, "POST", one + "/publish", stories + "/" + draft + "/publish", editorToken, null);
    expect(201, "POST", one + "/corrections", stories + "/" + draft + "/corrections", editorToken, correction);
    expect(200, "POST", one + "/unpublish", stories + "/" + draft + "/unpublish", editorToken, null);
    expect(201, "POST", stories, stories, editorToken, STORY.replace("Port traffic", "Rain"));
    assertThat(api.unexercised()).filteredOn(answer -> answer.contains(" /api/v1/desk/")).isEmpty();
  }
}
