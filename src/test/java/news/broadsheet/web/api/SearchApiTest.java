package news.broadsheet.web.api;

import static news.broadsheet.testing.ApiCalls.assertError;
import static news.broadsheet.testing.ApiCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code GET /api/v1/search} over a running site: its items, its paging, and every bad parameter a clear 400. */
class SearchApiTest {

  @TempDir Path temp;

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void finds_the_romanised_urdu_comment_and_pages_through_every_result_once(DatabaseKind kind) throws Exception {
    try (TestServer site = TestServer.start(kind, temp).withStories(ReferenceSample.file())) {
      JsonNode page = json(site.get("/api/v1/search?q=nahi+maante&type=comments"));
      JsonNode anand = page.get("items").get(0);
      assertThat(anand.get("type").asText()).isEqualTo("comment");
      assertThat(anand.get("byline").asText()).isEqualTo("Anand");
      assertThat(anand.get("title").asText()).isEqualTo("US, Pakistan inch towards better relations");
      assertThat(anand.get("url").asText()).matches("/news/" + anand.get("articleId").asLong() + "/us-pakistan-inch-towards-better-relations/comments/" + anand.get("id").asLong());
      String snippet = anand.get("snippet").asText();
      List<String> marked = new ArrayList<>();
      anand.get("highlights").forEach(h -> marked.add(snippet.substring(h.get("start").asInt(), h.get("end").asInt())));
      assertThat(marked).containsExactly("nahin", "mantey");

      long story = site.app().articles().latest(1, 0).get(0).id();
      for (int i = 0; i < 7; i++) {
        site.app().posting().post(new CommentDraft(story, null, "Reader " + i, "Load shedding again in block " + i + ".", "c" + i));
      }
      List<Long> ids = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        JsonNode next = json(site.get("/api/v1/search?q=shedding&limit=3" + (cursor == null ? "" : "&cursor=" + encoded(cursor))));
        next.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        cursor = next.get("nextCursor").isNull() ? null : next.get("nextCursor").asText();
        pages++;
      } while (cursor != null && pages < 10);
      assertThat(ids).hasSize(7).doesNotHaveDuplicates();
      assertThat(pages).isEqualTo(3);
      site.app().moderation().reject(ids.get(0), Moderator.named("Saima"), "off topic");
      assertThat(json(site.get("/api/v1/search?q=shedding&limit=50")).get("items")).hasSize(6);
    }
  }

  @Test
  void every_bad_parameter_is_a_400_naming_it_and_odd_text_is_never_a_500() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      String[][] bad = {
          {"", "q"}, {"q=", "q"}, {"q=%20%20", "q"}, {"q=" + "x".repeat(501), "q"}, {"q=-relations", "q"},
          {"q=pakistan&limit=0", "limit"}, {"q=pakistan&limit=51", "limit"}, {"q=pakistan&limit=ten", "limit"},
          {"q=pakistan&limit=99999999999", "limit"}, {"q=pakistan&cursor=%25%25", "cursor"},
          {"q=pakistan&cursor=" + "A".repeat(400), "cursor"}, {"q=pakistan&type=all", "type"}, {"q=pakistan&from=2018-02-30", "from"},
          {"q=pakistan&to=tomorrow", "to"}, {"q=pakistan&source=...", "source"}, {"q=pakistan&section=no-such-section", "section"},
          {"q=pakistan&section=" + "s".repeat(201), "section"}, {"q=pakistan&author=" + "b".repeat(201), "author"},
          {"q=%00%00%00", "q"}, {"q=" + encoded("\u202e\u200b\ufeff"), "q"}};
      for (String[] query : bad) {
        assertError(site.get("/api/v1/search?" + query[0]), 400, "bad_parameter", query[1]);
      }
      for (String odd : List.of("%ED%A0%80pakistan", "%FF%FE", "pak%00istan", encoded("𝔭𝔞𝔨𝔦𝔰𝔱𝔞𝔫 ﷽ \uD83D\uDE00"),
          encoded("\"unterminated"), encoded("\" OR 1=1 --"), encoded("NEAR(a b) * ^col:x"), encoded("ی".repeat(400)))) {
        HttpResponse<String> response = site.get("/api/v1/search?q=" + odd);
        assertThat(response.statusCode()).as(odd + ": " + response.body()).isIn(200, 400);
        json(response);
      }
    }
  }
}
