package news.broadsheet.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import news.broadsheet.archive.ArchiveReader;
import news.broadsheet.archive.ArchivedComment;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.comment.CommentTimeFormat;
import news.broadsheet.testing.Compressed;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.Pages;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestServer;
import news.broadsheet.web.page.JsonLd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The reference story's page: the story as the newspaper printed it and its 26 comments. */
class StoryPageTest {

  private static final String SLUG = "us-pakistan-inch-towards-better-relations";

  @TempDir Path temp;

  private TestServer site(DatabaseKind kind) throws Exception {
    return TestServer.start(kind, temp).withStories(ReferenceSample.file());
  }

  private static long storyId(TestServer site) {
    return site.app().articles().latest(1, 0).get(0).id();
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void shows_all_26_comments_with_their_names_and_newsroom_times_in_the_newspapers_order(DatabaseKind kind)
      throws Exception {
    List<ArchivedComment> printed = new ArchiveReader().read(ReferenceSample.file()).comments();
    try (TestServer site = site(kind)) {
      var page = site.get("/news/" + storyId(site) + "/" + SLUG);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(Pages.commentNames(page.body())).containsExactlyElementsOf(printed.stream().map(ArchivedComment::name).toList());
      assertThat(Pages.commentTimes(page.body()))
          .containsExactlyElementsOf(printed.stream().map(c -> CommentTimeFormat.format(c.postedLocal())).toList())
          .startsWith("Mar 03, 2018 09:48am")
          .endsWith("Mar 03, 2018 07:42pm");
      assertThat(page.body()).contains("<h2 id=\"comments-title\">26 comments</h2>").contains("Laton key bhoot baton sey nahin mantey.");
    }
  }

  @Test
  void shows_the_story_as_printed_headline_byline_updated_date_dateline_body_and_print_line() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      String html = site.get("/news/" + storyId(site) + "/" + SLUG).body();
      assertThat(html)
          .contains("<h1>US, Pakistan inch towards better relations</h1>")
          .contains("<span class=\"author\">Anwar Iqbal</span> · <span class=\"updated\">")
          .contains("Updated <time datetime=\"2018-03-03\">March 03, 2018</time>")
          .contains("<span class=\"dateline\">WASHINGTON:</span> The United States has assured Pakistan")
          .contains("<p class=\"print-line\">Published in Dawn, March 3rd, 2018</p>");
    }
  }

  @Test
  void a_browser_asking_for_compression_gets_the_same_page_compressed() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      String path = "/news/" + storyId(site) + "/" + SLUG + "?sort=newest";
      String plain = site.get(path).body();
      var compressed =
          site.client()
              .send(
                  HttpRequest.newBuilder(URI.create(site.url(path))).header("Accept-Encoding", "gzip").build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
      String unpacked = new String(new GZIPInputStream(new ByteArrayInputStream(compressed.body())).readAllBytes(), StandardCharsets.UTF_8);
      String token = "name=\"csrf\" value=\"[^\"]*\"";
      assertThat(unpacked.replaceAll(token, "")).isEqualTo(plain.replaceAll(token, ""));
    }
  }

  @Test
  void brotli_is_served_to_a_browser_that_takes_it_and_unpacks_to_the_same_page_as_gzip_and_identity() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      String path = "/news/" + storyId(site) + "/" + SLUG;
      Map<String, HttpResponse<byte[]>> answers = new LinkedHashMap<>();
      for (String accepted : new String[] {"br", "gzip, deflate, br, zstd", "gzip", "identity"}) {
        answers.put(accepted, site.client().send(
            HttpRequest.newBuilder(URI.create(site.url(path))).header("Accept-Encoding", accepted).build(),
            HttpResponse.BodyHandlers.ofByteArray()));
      }
      byte[] plain = answers.get("identity").body();
      assertThat(answers.get("identity").headers().firstValue("Content-Encoding")).isEmpty();
      assertThat(new String(plain, StandardCharsets.UTF_8)).contains("<h1>US, Pakistan inch towards better relations</h1>");
      for (String brotli : new String[] {"br", "gzip, deflate, br, zstd"}) {
        var answer = answers.get(brotli);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Encoding")).as(brotli).hasValue("br");
        assertThat(answer.headers().firstValue("Vary")).hasValueSatisfying(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        assertThat(answer.headers().firstValueAsLong("Content-Length")).hasValue(answer.body().length);
        assertThat(Compressed.unbrotli(answer.body())).isEqualTo(plain);
      }
      var gzip = answers.get("gzip");
      assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
      assertThat(Compressed.gunzip(gzip.body())).isEqualTo(plain);
      assertThat(answers.get("br").body().length).isLessThan(gzip.body().length);
    }
  }

  @Test
  void a_compressed_page_is_the_readers_own_with_a_token_and_plain_when_gzip_is_refused() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      String path = "/news/" + storyId(site) + "/" + SLUG;
      String token = "A".repeat(30) + "xy";
      var withToken = site.client().send(
          HttpRequest.newBuilder(URI.create(site.url(path)))
              .header("Accept-Encoding", "br, gzip")
              .header("Cookie", "broadsheet_form=" + token + "; broadsheet_name=Zara%20K")
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(withToken.headers().firstValue("Content-Encoding")).hasValue("gzip");
      String unpacked = new String(new GZIPInputStream(new ByteArrayInputStream(withToken.body())).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(unpacked).contains("value=\"" + token + "\"").contains("value=\"Zara K\"");

      var blank = site.client().send(
          HttpRequest.newBuilder(URI.create(site.url(path))).header("Accept-Encoding", "gzip, deflate").build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(blank.headers().firstValue("Content-Encoding")).hasValue("gzip");
      assertThat(blank.headers().firstValue("Vary")).hasValueSatisfying(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
      String blankPage = new String(new GZIPInputStream(new ByteArrayInputStream(blank.body())).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(blankPage).doesNotContain(token).doesNotContain("bs-hole-");

      var refused = site.client().send(
          HttpRequest.newBuilder(URI.create(site.url(path))).header("Accept-Encoding", "gzip;q=0, identity").build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
      assertThat(refused.body()).isEqualTo(blankPage);
    }
  }

  @Test
  void after_a_held_comment_the_page_says_it_awaits_moderation() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      String html = site.get("/news/" + storyId(site) + "/" + SLUG + "?posted=pending").body();
      assertThat(html).contains("<p class=\"notice\" id=\"posted-notice\" role=\"status\">Thank you. Your comment awaits moderation");
      assertThat(site.get("/news/" + storyId(site) + "/" + SLUG).body()).doesNotContain("awaits moderation");
    }
  }

  @Test
  void the_comment_section_carries_what_live_updates_attach_to() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      long id = storyId(site);
      String html = site.get("/news/" + id + "/" + SLUG).body();
      long last = site.app().comments().lastPublishedId(id);
      assertThat(last).isPositive();
      assertThat(html).contains(
          "<section class=\"comments\" id=\"comments\" data-article-id=\"" + id + "\" data-last-comment-id=\"" + last + "\"");
      assertThat(html).contains("<ol class=\"comment-list\">");
      long first = Pages.commentIds(html).get(0);
      assertThat(html).contains("<li class=\"comment\" id=\"comment-" + first + "\" data-comment-id=\"" + first + "\">");
    }
  }

  @Test
  void a_wrong_old_or_missing_slug_redirects_permanently_to_the_right_address_keeping_the_query() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      long id = storyId(site);
      var old = site.get("/news/" + id + "/an-old-headline?sort=newest&page=1");
      assertThat(old.statusCode()).isEqualTo(301);
      assertThat(old.headers().firstValue("Location")).hasValue("/news/" + id + "/" + SLUG + "?sort=newest&page=1");
      var bare = site.get("/news/" + id);
      assertThat(bare.statusCode()).isEqualTo(301);
      assertThat(bare.headers().firstValue("Location")).hasValue("/news/" + id + "/" + SLUG);
      var reply = site.get("/news/" + id + "/old/comments/1/reply");
      assertThat(reply.headers().firstValue("Location")).hasValue("/news/" + id + "/" + SLUG + "/comments/1/reply");
      assertThat(site.get("/news/" + (id + 99) + "/" + SLUG).statusCode()).isEqualTo(404);
      assertThat(site.get("/news/abc/" + SLUG).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void sort_links_change_the_order_newest_first_and_most_recommended() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      long id = storyId(site);
      String path = "/news/" + id + "/" + SLUG;
      String oldest = site.get(path).body();
      assertThat(oldest)
          .contains("<a href=\"" + path + "#comments\" aria-current=\"page\">Oldest first</a>")
          .contains("<a href=\"" + path + "?sort=newest#comments\">Newest first</a>")
          .contains("<a href=\"" + path + "?sort=recommended#comments\">Most recommended</a>");
      List<Long> ids = Pages.commentIds(oldest);
      List<Long> reversed = new ArrayList<>(ids);
      Collections.reverse(reversed);
      assertThat(Pages.commentIds(site.get(path + "?sort=newest").body())).containsExactlyElementsOf(reversed);
      long favourite = ids.get(7);
      site.app().posting().recommend(favourite, "reader-a");
      site.app().posting().recommend(favourite, "reader-b");
      site.app().posting().recommend(ids.get(3), "reader-a");
      String recommended = site.get(path + "?sort=recommended").body();
      assertThat(Pages.commentIds(recommended)).startsWith(favourite, ids.get(3), ids.get(0));
      assertThat(recommended).contains("<a href=\"" + path + "?sort=recommended#comments\" aria-current=\"page\">");
      assertThat(recommended).contains("<span class=\"count\">2</span>");
    }
  }

  @Test
  void a_thread_is_nested_under_its_parent_and_a_permalink_lands_on_any_comment() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      long id = storyId(site);
      List<Long> ids = Pages.commentIds(site.get("/news/" + id + "/" + SLUG).body());
      Comment reply = site.app().posting().post(new CommentDraft(id, ids.get(2), "Zara", "I agree with you.", null));
      Comment answer = site.app().posting().post(new CommentDraft(id, reply.id(), "Omar", "And I do not.", null));
      String html = site.get("/news/" + id + "/" + SLUG).body();
      String thread = html.substring(html.indexOf("id=\"comment-" + ids.get(2) + "\""), html.indexOf("id=\"comment-" + ids.get(3) + "\""));
      assertThat(thread)
          .contains("<ol class=\"replies\">\n<li class=\"comment\" id=\"comment-" + reply.id() + "\"")
          .contains("<ol class=\"replies\">\n<li class=\"comment\" id=\"comment-" + answer.id() + "\"");
      assertThat(thread.indexOf("comment-" + reply.id())).isLessThan(thread.indexOf("comment-" + answer.id()));
      var permalink = site.get("/news/" + id + "/" + SLUG + "/comments/" + answer.id());
      assertThat(permalink.statusCode()).isEqualTo(302);
      assertThat(permalink.headers().firstValue("Location")).hasValue("/news/" + id + "/" + SLUG + "#comment-" + answer.id());
      assertThat(html).contains("<a class=\"comment-time\" href=\"/news/" + id + "/" + SLUG + "/comments/" + answer.id() + "\">");
      assertThat(site.get("/news/" + id + "/" + SLUG + "/comments/999999").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void structured_data_is_a_news_article_counting_its_26_comments_with_the_first_ten_and_the_page_has_share_tags()
      throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      long id = storyId(site);
      String html = site.get("/news/" + id + "/" + SLUG).body();
      JsonNode json = new ObjectMapper().readTree(Pages.jsonLd(html));
      assertThat(json.get("@type").asText()).isEqualTo("NewsArticle");
      assertThat(json.get("headline").asText()).isEqualTo("US, Pakistan inch towards better relations");
      assertThat(json.get("datePublished").asText()).isEqualTo("2018-03-03");
      assertThat(json.get("dateModified").asText()).isEqualTo("2018-03-03");
      assertThat(json.get("author").get(0).get("name").asText()).isEqualTo("Anwar Iqbal");
      assertThat(json.get("publisher").get("name").asText()).isEqualTo("Dawn");
      assertThat(json.get("commentCount").asInt()).isEqualTo(26);
      assertThat(json.get("comment")).hasSize(JsonLd.COMMENTS);
      String url = site.url("/news/" + id + "/" + SLUG);
      List<String> shown = new ArrayList<>();
      json.get("comment").forEach(comment -> shown.add(comment.get("url").asText()));
      assertThat(shown)
          .containsExactlyElementsOf(
              Pages.commentIds(html).subList(0, JsonLd.COMMENTS).stream().map(c -> url + "/comments/" + c).toList());
      JsonNode first = json.get("comment").get(0);
      assertThat(first.get("@type").asText()).isEqualTo("Comment");
      assertThat(first.get("author").get("name").asText()).isEqualTo("Dr. Salaria, Aamir Ahmad");
      assertThat(first.get("dateCreated").asText()).isEqualTo("2018-03-03T09:48:00+05:00");
      assertThat(first.get("text").asText()).isEqualTo("Welcome to the club.");
      assertThat(Pages.attribute(html, "<link rel=\"canonical\"", "href")).isEqualTo(url);
      assertThat(Pages.attribute(html, "<meta property=\"og:url\"", "content")).isEqualTo(url);
      assertThat(Pages.attribute(html, "<meta property=\"og:type\"", "content")).isEqualTo("article");
      assertThat(Pages.attribute(html, "<meta property=\"og:title\"", "content")).startsWith("US, Pakistan inch towards better relations");
      assertThat(Pages.attribute(html, "<meta name=\"description\"", "content")).startsWith("WASHINGTON: The United States has assured");
      assertThat(Pages.attribute(html, "<meta property=\"og:description\"", "content")).endsWith("…");
    }
  }

  @Test
  void structured_data_nests_replies_under_their_comment_and_counts_them_in_its_ten() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      long id = storyId(site);
      List<Long> ids = Pages.commentIds(site.get("/news/" + id + "/" + SLUG).body());
      Comment reply = site.app().posting().post(new CommentDraft(id, ids.get(2), "Zara", "I agree with you.", null));
      site.app().posting().post(new CommentDraft(id, reply.id(), "Omar", "And <I> do not & never will.", null));

      String html = site.get("/news/" + id + "/" + SLUG).body();
      JsonNode comments = new ObjectMapper().readTree(Pages.jsonLd(html)).get("comment");

      assertThat(comments).hasSize(JsonLd.COMMENTS - 2);
      JsonNode nested = comments.get(2).get("comment");
      assertThat(nested).hasSize(1);
      assertThat(nested.get(0).get("author").get("name").asText()).isEqualTo("Zara");
      assertThat(nested.get(0).get("comment").get(0).get("text").asText()).isEqualTo("And <I> do not & never will.");
      assertThat(comments.get(JsonLd.COMMENTS - 3).get("url").asText()).endsWith("/comments/" + ids.get(JsonLd.COMMENTS - 3));
      assertThat(Pages.jsonLd(html)).doesNotContain("<I>", "&");
    }
  }
}
