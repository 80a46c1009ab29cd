package news.broadsheet.web.api;

import static news.broadsheet.testing.ApiCalls.JSON;
import static news.broadsheet.testing.ApiCalls.referenceStory;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.EventStream;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestDatabases;
import news.broadsheet.testing.TestServer;
import news.broadsheet.web.server.WebSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document against the running API: every route is in it, everything in it is a
 * route, and real answers of every documented status match the document's schemas.
 */
class OpenApiTest {

  @TempDir Path temp;

  @Test
  void every_api_route_is_documented_and_every_documented_operation_exists() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp)) {
      JsonNode document = document(site);
      assertThat(document.get("openapi").asText()).startsWith("3.");
      Set<String> registered = new TreeSet<>();
      for (String route : site.server().routes()) {
        if (route.contains(" /api/v1/")) {
          registered.add(route);
        }
      }
      Set<String> documented = new TreeSet<>();
      document.get("paths").fields().forEachRemaining(
          path -> path.getValue().fieldNames().forEachRemaining(
              method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
      assertThat(registered).hasSizeGreaterThanOrEqualTo(7);
      assertThat(documented).isEqualTo(registered);
      String readme = java.nio.file.Files.readString(Path.of("README.md"));
      for (String route : documented) {
        assertThat(readme).as("the README's API section lists " + route).contains(route.substring(route.indexOf(' ') + 1));
      }
    }
  }

  @Test
  void real_answers_of_every_documented_status_match_the_schemas() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      OpenApiChecker api = new OpenApiChecker(document(site));
      long id = referenceStory(site);
      String story = "/api/v1/articles/" + id;

      api.check("GET", "/api/v1/openapi.json", site.get("/api/v1/openapi.json"));
      api.check("GET", "/api/v1/articles", site.get("/api/v1/articles?limit=1"));
      api.check("GET", "/api/v1/articles", site.get("/api/v1/articles?limit=1000"));
      api.check("GET", "/api/v1/articles/{id}", site.get(story));
      api.check("GET", "/api/v1/articles/{id}", site.get("/api/v1/articles/424242"));
      api.check("GET", "/api/v1/articles/{id}/comments", site.get(story + "/comments?limit=3&sort=newest"));
      api.check("GET", "/api/v1/articles/{id}/comments", site.get(story + "/comments?sort=sideways"));
      api.check("GET", "/api/v1/articles/{id}/comments", site.get("/api/v1/articles/424242/comments"));

      String posts = "/api/v1/articles/{id}/comments";
      HttpResponse<String> created = site.sendJson("POST", story + "/comments", "{\"name\":\"Checked\",\"text\":\"By the schema.\"}");
      api.check("POST", posts, created);
      long comment = JSON.readTree(created.body()).get("id").asLong();
      api.check("POST", posts, site.sendJson("POST", story + "/comments", "{\"name\":\"Reply\",\"text\":\"Too.\",\"parentId\":" + comment + "}"));
      api.check("POST", posts, site.sendJson("POST", story + "/comments", "{oops"));
      api.check("POST", posts, site.sendJson("POST", "/api/v1/articles/424242/comments", "{\"name\":\"A\",\"text\":\"B\"}"));
      api.check("POST", posts, site.sendJson("POST", story + "/comments", "{\"name\":\"A\",\"text\":\"" + "b".repeat(70_000) + "\"}"));
      api.check("POST", posts, site.sendJson("POST", story + "/comments", "{\"name\":\"\",\"text\":\"B\"}"));
      api.check("POST", posts, site.send(jsonPost(story + "/comments", site, "{}").header("Content-Type", "text/plain")));
      api.check("POST", posts, site.send(jsonPost(story + "/comments", site, "{}").header("Sec-Fetch-Site", "cross-site")));
      site.app().articles().setCommentsClosed(id, true);
      api.check("POST", posts, site.sendJson("POST", story + "/comments", "{\"name\":\"A\",\"text\":\"B\"}"));
      site.app().articles().setCommentsClosed(id, false);
      site.app().settings().set("comments.commenters", "accounts", "test");
      api.check("POST", posts, site.sendJson("POST", story + "/comments", "{\"name\":\"A\",\"text\":\"B\"}"));
      site.app().settings().set("comments.commenters", "guests", "test");

      String recommend = "/api/v1/comments/{id}/recommend";
      api.check("POST", recommend, site.send(post("/api/v1/comments/" + comment + "/recommend", site)));
      api.check("POST", recommend, site.send(post("/api/v1/comments/" + comment + "/recommend", site)
          .header("Cookie", "broadsheet_reader=" + site.readerKey("a")).header("Sec-Fetch-Site", "same-origin")));
      api.check("POST", recommend, site.send(post("/api/v1/comments/999999/recommend", site)));
      api.check("POST", recommend, site.send(post("/api/v1/comments/" + comment + "/recommend", site).header("Sec-Fetch-Site", "cross-site")));

      api.check("GET", "/api/v1/search", site.get("/api/v1/search?q=pakistan&limit=2"));
      api.check("GET", "/api/v1/search", site.get("/api/v1/search?q=pakistan&limit=51"));

      String stream = "/api/v1/articles/{id}/comments/stream";
      api.check("GET", stream, site.send(get(story + "/comments/stream", site)));
      api.check("GET", stream, site.send(get(story + "/comments/stream", site).header("Accept", "text/event-stream").header("Last-Event-ID", "x")));
      api.check("GET", stream, site.send(get("/api/v1/articles/424242/comments/stream", site).header("Accept", "text/event-stream")));
      try (EventStream events = EventStream.open(site.client(), site.url(story + "/comments/stream"), Long.toString(comment - 1))) {
        EventStream.Event event = events.next(Duration.ofSeconds(2));
        assertThat(event).isNotNull();
        api.checkEvent(stream, events.response().statusCode(), event.data());
      }

      try (TestServer strict =
          TestServer.start(TestDatabases.fresh(DatabaseKind.SQLITE, temp.resolve("strict")), new WebSettings("127.0.0.1", 0, 1))
              .withStories(ReferenceSample.file())) {
        String path = "/api/v1/articles/" + referenceStory(strict) + "/comments";
        api.check("POST", posts, strict.sendJson("POST", path, "{\"name\":\"A\",\"text\":\"B\"}"));
        HttpResponse<String> limited = strict.sendJson("POST", path, "{\"name\":\"A\",\"text\":\"B\"}");
        api.check("POST", posts, limited);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
      }
      news.broadsheet.account.User editor =
          site.app().accounts().addUser("Sana Mir", news.broadsheet.account.Role.EDITOR, "correct horse battery");
      site.app().desk().stories().unpublish(editor, id);
      api.check("GET", "/api/v1/articles/{id}", site.get(story));
      WebSettings tight = WebSettings.loopbackAnyPort().withTrustedProxies(List.of("127.0.0.1")).withLimits(1, 1, 2);
      try (TestServer strict = TestServer.start(TestDatabases.fresh(DatabaseKind.SQLITE, temp.resolve("tight")), tight)
              .withStories(ReferenceSample.file())) {
        long strictComment = strict.app().comments().published(referenceStory(strict)).get(0).id();
        String path = "/api/v1/comments/" + strictComment + "/recommend";
        api.check("POST", recommend, strict.send(post(path, strict)));
        api.check("POST", recommend, strict.send(post(path, strict)));
        String streamPath = strict.url("/api/v1/articles/" + referenceStory(strict) + "/comments/stream");
        try (EventStream first = EventStream.open(strict.client(), streamPath, null);
            EventStream second = EventStream.open(strict.client(), streamPath, null, "203.0.113.7")) {
          api.check("GET", stream, strict.send(get(streamPath.substring(streamPath.indexOf("/api")), strict)
              .header("Accept", "text/event-stream")));
          api.check("GET", stream, strict.send(get(streamPath.substring(streamPath.indexOf("/api")), strict)
              .header("Accept", "text/event-stream").header("X-Forwarded-For", "203.0.113.8")));
        }
      }
      assertThat(api.unexercised()).as("documented answers never seen (the desk API's are DeskApiTest's)")
          .filteredOn(answer -> !answer.contains(" /api/v1/desk/"))
          .isEmpty();
    }
  }

  @Test
  void the_checker_finds_answers_that_break_the_schema() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp)) {
      OpenApiChecker api = new OpenApiChecker(document(site));
      String ref = "#/components/schemas/Comment";
      String good =
          "{\"id\":1,\"articleId\":2,\"parentId\":null,\"name\":\"A\",\"postedAt\":\"2018-03-03T09:48:00+05:00\","
              + "\"text\":\"B\",\"status\":\"published\",\"reasons\":[],\"recommendations\":0}";
      assertThat(api.problems(JSON.readTree(good), ref)).isEmpty();
      assertThat(api.problems(JSON.readTree(good.replace("\"published\"", "\"hidden\"")), ref)).hasSize(1);
      assertThat(api.problems(JSON.readTree(good.replace("\"id\":1,", "")), ref)).hasSize(1);
      assertThat(api.problems(JSON.readTree(good.replace("\"recommendations\":0", "\"recommendations\":\"0\"")), ref)).hasSize(1);
      assertThat(api.problems(JSON.readTree(good.replace("+05:00", "")), ref)).hasSize(1);
      assertThat(api.problems(JSON.readTree(good.replace("\"reasons\":[]", "\"reasons\":[3]")), ref)).hasSize(1);
      assertThat(api.problems(JSON.readTree(good.replace("}", ",\"extra\":1}")), ref)).hasSize(1);
    }
  }

  private static JsonNode document(TestServer site) throws Exception {
    HttpResponse<String> response = site.get("/api/v1/openapi.json");
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static HttpRequest.Builder post(String path, TestServer site) {
    return HttpRequest.newBuilder(URI.create(site.url(path))).POST(HttpRequest.BodyPublishers.noBody());
  }

  private static HttpRequest.Builder jsonPost(String path, TestServer site, String json) {
    return HttpRequest.newBuilder(URI.create(site.url(path))).POST(HttpRequest.BodyPublishers.ofString(json));
  }

  private static HttpRequest.Builder get(String path, TestServer site) {
    return HttpRequest.newBuilder(URI.create(site.url(path))).GET();
  }
}
