package news.broadsheet.web.api;

import static news.broadsheet.testing.ApiCalls.assertError;
import static news.broadsheet.testing.ApiCalls.json;
import static news.broadsheet.testing.ApiCalls.post;
import static news.broadsheet.testing.ApiCalls.recommend;
import static news.broadsheet.testing.ApiCalls.referenceStory;
import static news.broadsheet.testing.ApiCalls.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.SmallCorpus;
import news.broadsheet.testing.TestDatabases;
import news.broadsheet.testing.TestServer;
import news.broadsheet.web.server.WebSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The JSON API over HTTP, on SQLite and PostgreSQL. */
class ApiTest {

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void lists_stories_page_by_page_and_a_story_stored_meanwhile_shifts_nothing(DatabaseKind kind) throws Exception {
    Path corpus = temp.resolve("corpus");
    SmallCorpus.write(corpus, 7, 2);
    try (TestServer site = TestServer.start(kind, temp)) {
      for (int i = 0; i < 5; i++) {
        site.withStories(corpus.resolve(String.format("story-%05d.txt", i)));
      }
      JsonNode first = json(site.get("/api/v1/articles?limit=2"));
      assertThat(headlines(first)).containsExactly(
          "Council debates water tariffs, session 4", "Council debates water tariffs, session 3");
      assertThat(first.get("items").get(0).get("commentCount").asLong()).isEqualTo(2);
      assertThat(first.get("items").get(0).get("publishedOn").asText()).isEqualTo("2023-01-05");

      site.withStories(corpus.resolve("story-00006.txt"), corpus.resolve("story-00005.txt"));
      JsonNode second = json(site.get("/api/v1/articles?limit=2&cursor=" + first.get("nextCursor").asText()));
      assertThat(headlines(second)).containsExactly(
          "Council debates water tariffs, session 2", "Council debates water tariffs, session 1");
      JsonNode third = json(site.get("/api/v1/articles?limit=2&cursor=" + second.get("nextCursor").asText()));
      assertThat(headlines(third)).containsExactly("Council debates water tariffs, session 0");
      assertThat(third.get("nextCursor").isNull()).isTrue();

      assertThat(headlines(json(site.get("/api/v1/articles"))).get(0)).endsWith("session 6");
    }
  }

  @Test
  void one_story_comes_whole_with_its_comment_count_and_others_are_not_found() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      long id = referenceStory(site);
      JsonNode story = json(site.get("/api/v1/articles/" + id));
      assertThat(story.get("headline").asText()).isEqualTo("US, Pakistan inch towards better relations");
      assertThat(story.get("commentCount").asLong()).isEqualTo(26);
      assertThat(story.get("url").asText()).isEqualTo("/news/" + id + "/us-pakistan-inch-towards-better-relations");
      assertThat(story.get("zone").asText()).isEqualTo("Asia/Karachi");
      assertThat(story.get("commentsOpen").asBoolean()).isTrue();
      assertThat(story.get("paragraphs").size()).isGreaterThan(3);

      HttpResponse<String> missing = site.get("/api/v1/articles/424242");
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(json(missing).get("error").asText()).isEqualTo("not_found");
      assertThat(site.get("/api/v1/articles/not-a-number").statusCode()).isEqualTo(404);
      assertThat(json(site.get("/api/v1/articles?limit=0")).get("field").asText()).isEqualTo("limit");
      assertThat(site.get("/api/v1/articles?cursor=bm9uc2Vuc2U").statusCode()).isEqualTo(400);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void pages_of_comments_in_each_order_have_no_gaps_or_repeats_while_comments_arrive(DatabaseKind kind)
      throws Exception {
    try (TestServer site = TestServer.start(kind, temp).withStories(ReferenceSample.file())) {
      long id = referenceStory(site);
      String base = "/api/v1/articles/" + id + "/comments";

      JsonNode oldest = json(site.get(base + "?limit=10"));
      assertThat(oldest.get("items").get(0).get("name").asText()).isEqualTo("Dr. Salaria, Aamir Ahmad");
      assertThat(oldest.get("items").get(0).get("postedAt").asText()).isEqualTo("2018-03-03T09:48:00+05:00");
      List<Long> seen = new ArrayList<>(ids(oldest));
      List<Long> posted = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        posted.add(json(post(site, id, "{\"name\":\"Late " + i + "\",\"text\":\"Arrived while paging, number " + i + ".\"}")).get("id").asLong());
      }
      seen.addAll(allPagesAfter(site, base + "?limit=10", oldest.get("nextCursor").asText()));
      assertThat(seen).hasSize(29).doesNotHaveDuplicates().endsWith(posted.toArray(Long[]::new));

      JsonNode newest = json(site.get(base + "?sort=newest&limit=10"));
      assertThat(ids(newest).subList(0, 3)).containsExactly(posted.get(2), posted.get(1), posted.get(0));
      post(site, id, "{\"name\":\"Later\",\"text\":\"Not on the next pages.\"}");
      List<Long> newestSeen = new ArrayList<>(ids(newest));
      newestSeen.addAll(allPagesAfter(site, base + "?sort=newest&limit=10", newest.get("nextCursor").asText()));
      assertThat(newestSeen).hasSize(29).doesNotHaveDuplicates();

      long favourite = seen.get(5);
      recommend(site, favourite, "reader-a");
      recommend(site, favourite, "reader-b");
      recommend(site, seen.get(7), "reader-a");
      JsonNode recommended = json(site.get(base + "?sort=recommended&limit=2"));
      assertThat(ids(recommended)).containsExactly(favourite, seen.get(7));
      List<Long> all = new ArrayList<>(ids(recommended));
      all.addAll(allPagesAfter(site, base + "?sort=recommended&limit=2", recommended.get("nextCursor").asText()));
      assertThat(all).hasSize(30).doesNotHaveDuplicates();

      HttpResponse<String> wrongOrder = site.get(base + "?sort=newest&cursor=" + oldest.get("nextCursor").asText());
      assertThat(wrongOrder.statusCode()).isEqualTo(400);
      assertThat(json(wrongOrder).get("field").asText()).isEqualTo("cursor");
      assertThat(site.get(base + "?sort=loudest").statusCode()).isEqualTo(400);
      assertThat(site.get("/api/v1/articles/424242/comments").statusCode()).isEqualTo(404);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void posting_answers_201_with_the_stored_comment_at_the_newsroom_time(DatabaseKind kind) throws Exception {
    try (TestServer site = TestServer.start(kind, temp).withStories(ReferenceSample.file())) {
      long id = referenceStory(site);
      HttpResponse<String> created = post(site, id, "{\"name\":\"Zainab\",\"text\":\"First line.\\n\\nSecond <b>line</b>.\"}");
      assertThat(created.statusCode()).isEqualTo(201);
      JsonNode comment = json(created);
      assertThat(comment.get("articleId").asLong()).isEqualTo(id);
      assertThat(comment.get("parentId").isNull()).isTrue();
      assertThat(comment.get("name").asText()).isEqualTo("Zainab");
      assertThat(comment.get("text").asText()).isEqualTo("First line.\n\nSecond <b>line</b>.");
      // TestApps' clock: 2026-11-28 09:00 UTC, which is 14:00 in Karachi.
      assertThat(comment.get("postedAt").asText()).isEqualTo("2026-11-28T14:00:00+05:00");
      assertThat(comment.get("status").asText()).isEqualTo("published");
      assertThat(comment.get("reasons").isArray()).isTrue();
      assertThat(comment.get("recommendations").asInt()).isZero();

      long parent = comment.get("id").asLong();
      JsonNode reply = json(post(site, id, "{\"name\":\"Omar\",\"text\":\"Agreed.\",\"parentId\":" + parent + "}"));
      assertThat(reply.get("parentId").asLong()).isEqualTo(parent);
      assertThat(json(site.get("/api/v1/articles/" + id)).get("commentCount").asLong()).isEqualTo(28);
    }
  }

  @Test
  void refusals_name_the_error_and_the_field_with_the_right_status() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      long id = referenceStory(site);
      assertError(post(site, id, "{\"name\": \"Ali\", "), 400, "malformed_json", null);
      assertError(post(site, id, "[1, 2]"), 400, "malformed_json", null);
      assertError(post(site, id, "null"), 400, "malformed_json", null);
      assertError(post(site, id, "{\"name\":\"Ali\",\"text\":\"Hi\",\"parentId\":\"first\"}"), 400, "malformed_json", "parentId");
      assertError(post(site, 424242, "{\"name\":\"Ali\",\"text\":\"Hi\"}"), 404, "not_found", null);
      assertError(post(site, id, "{\"name\":\"  \",\"text\":\"Hi\"}"), 422, "empty", "name");
      assertError(post(site, id, "{\"text\":\"Hi\"}"), 422, "empty", "name");
      assertError(post(site, id, "{\"name\":\"" + "n".repeat(61) + "\",\"text\":\"Hi\"}"), 422, "too_long", "name");
      assertError(post(site, id, "{\"name\":\"Ali\",\"text\":\" \\n \"}"), 422, "empty", "text");
      assertError(post(site, id, "{\"name\":\"Ali\",\"text\":\"" + "x".repeat(5001) + "\"}"), 422, "too_long", "text");
      assertError(post(site, id, "{\"name\":\"Ali\",\"text\":\"Hi\",\"parentId\":99999}"), 422, "no_such_parent", "parentId");
      assertError(post(site, id, "{\"name\":\"Ali\",\"text\":\"" + "x".repeat(70_000) + "\"}"), 413, "too_large", null);
      site.app().articles().setCommentsClosed(id, true);
      assertError(post(site, id, "{\"name\":\"Ali\",\"text\":\"Hi\"}"), 409, "closed", null);
      assertThat(json(site.get("/api/v1/articles/" + id)).get("commentsOpen").asBoolean()).isFalse();
    }
  }

  @Test
  void a_client_posting_too_fast_is_told_when_to_try_again() throws Exception {
    try (TestServer site =
            TestServer.start(TestDatabases.fresh(DatabaseKind.SQLITE, temp), new WebSettings("127.0.0.1", 0, 2))
                .withStories(ReferenceSample.file())) {
      long id = referenceStory(site);
      String body = "{\"name\":\"Quick\",\"text\":\"Again.\"}";
      assertThat(post(site, id, body).statusCode()).isEqualTo(201);
      assertThat(post(site, id, body).statusCode()).isEqualTo(201);
      HttpResponse<String> limited = post(site, id, body);
      assertError(limited, 429, "rate_limited", null);
      assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
    }
  }

  @Test
  void a_reader_recommends_a_comment_once_by_key_cookie_or_address() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      long comment = site.app().comments().published(referenceStory(site)).get(3).id();
      assertThat(json(recommend(site, comment, "reader-a")).get("recommendations").asInt()).isEqualTo(1);
      assertThat(json(recommend(site, comment, "reader-a")).get("recommendations").asInt()).isEqualTo(1);
      assertThat(json(recommend(site, comment, "reader-b")).get("recommendations").asInt()).isEqualTo(2);
      HttpResponse<String> byAddress = site.send(request(site, "/api/v1/comments/" + comment + "/recommend"));
      assertThat(byAddress.statusCode()).isEqualTo(200);
      assertThat(json(byAddress).get("recommendations").asInt()).isEqualTo(3);
      assertThat(json(byAddress).get("postedAt").asText()).endsWith("+05:00");
      HttpResponse<String> madeUp = site.send(request(site, "/api/v1/comments/" + comment + "/recommend")
          .header("Cookie", "broadsheet_reader=" + "k".repeat(32) + "." + "s".repeat(22)).header("X-Reader-Key", "reader-c")
          .header("Sec-Fetch-Site", "same-origin"));
      assertThat(madeUp.headers().allValues("Set-Cookie")).as("a key the site did not issue is replaced by one it issues")
          .anyMatch(cookie -> cookie.startsWith("broadsheet_reader="));
      assertThat(json(madeUp).get("recommendations").asInt()).isEqualTo(4);
      assertError(recommend(site, 999_999, "reader-a"), 404, "not_found", null);
    }
  }

  private static List<String> headlines(JsonNode page) {
    List<String> headlines = new ArrayList<>();
    page.get("items").forEach(item -> headlines.add(item.get("headline").asText()));
    return headlines;
  }

  private static List<Long> ids(JsonNode page) {
    List<Long> ids = new ArrayList<>();
    page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
    return ids;
  }

  private static List<Long> allPagesAfter(TestServer site, String first, String cursor) throws Exception {
    List<Long> ids = new ArrayList<>();
    while (cursor != null) {
      JsonNode page = json(site.get(first + "&cursor=" + cursor));
      ids.addAll(ids(page));
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
    }
    return ids;
  }
}
