package news.broadsheet.web.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import news.broadsheet.desk.DeskStory;
import news.broadsheet.media.Media;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.Pages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What readers see of the desk's stories: the page, its lists and feeds, search engines' files. */
class DeskReaderPagesTest {

  @TempDir Path temp;
  private DeskSite s;
  private long id;
  private Media lead;

  @BeforeEach
  void publish() {
    s = new DeskSite(DatabaseKind.SQLITE, temp);
    s.app.desk().sections().add("Business", true);
    s.app.desk().sections().add("Hidden desk", false);
    lead = s.photo("The port at dawn");
    Media figure = s.app.media().upload(news.broadsheet.media.TestImages.jpeg(1200, 800),
        new news.broadsheet.media.MediaText("Cranes", "", ""), null);
    id = s.publish(s.fullStory("Port traffic recovers", "business", lead, figure));
  }

  @AfterEach
  void stop() {
    s.close();
  }

  @Test
  void the_story_page_shows_the_desks_story_as_written() throws Exception {
    String html = s.site.get("/news/" + id + "/port-traffic-recovers").body();
    assertThat(html).contains("<p class=\"kicker\"><a href=\"/sections/business\">Business</a></p>",
        "<p class=\"standfirst\">The port trust says traffic is back to last year's level.</p>",
        "<a href=\"/authors/ayesha-khan\">Ayesha Khan</a>",
        "<p><span class=\"dateline\">KARACHI:</span> Container traffic at the port <em>recovered</em> in November,"
            + " <a href=\"https://example.org/report\">the trust</a> said.</p>",
        "<h2>What changed</h2>",
        "<figcaption>Cranes at work</figcaption>",
        "<figure class=\"figure lead-figure\"><img src=\"/media/" + lead.key() + "/960.jpg\"",
        "<li><a href=\"/tags/shipping\">Shipping</a></li>",
        "<time datetime=\"2026-11-28T14:00+05:00\">November 28, 2026, 14:00</time>",
        "<meta property=\"og:image\" content=\"http://127.0.0.1:");
    assertThat(html).doesNotContain("Updated");
    String jsonLd = Pages.jsonLd(html);
    assertThat(jsonLd).contains("\"datePublished\":\"2026-11-28T14:00:00+05:00\"",
        "\"dateModified\":\"2026-11-28T14:00:00+05:00\"", "\"articleSection\":\"Business\"",
        "\"author\":[{\"@type\":\"Person\",\"name\":\"Ayesha Khan\",\"url\":\"http://127.0.0.1:",
        "/authors/ayesha-khan\"}]", "\"image\":[\"http://127.0.0.1:");
  }

  @Test
  void an_update_and_a_correction_show_at_once_on_the_page_and_in_the_feed() throws Exception {
    s.site.get("/news/" + id + "/port-traffic-recovers");
    s.clock.advance(Duration.ofHours(3));
    DeskStory now = s.desk().open(s.editor, id);
    s.desk().save(s.editor, id, now.revision(), now.content().withBody(now.content().body().replace("Two new", "Three new")));
    s.desk().correct(s.editor, id, "An earlier version of this story misstated the number of cranes.");
    String html = s.site.get("/news/" + id + "/port-traffic-recovers").body();
    assertThat(html).contains("Updated <time datetime=\"2026-11-28T17:00+05:00\">November 28, 2026, 17:00</time>",
        "Three new cranes", "<h2 id=\"corrections-title\">Correction</h2>",
        "November 28, 2026, 17:00</time>: An earlier version of this story misstated the number of cranes.");
    assertThat(Pages.jsonLd(html)).contains("\"dateModified\":\"2026-11-28T17:00:00+05:00\"");
    String feed = s.site.get("/feeds/latest.atom").body();
    assertThat(feed).contains("<updated>2026-11-28T17:00:00+05:00</updated>", "<content type=\"html\">",
        "<summary>The port trust says");
    assertThat(s.site.get("/corrections").body()).contains("Port traffic recovers", "misstated the number of cranes");
  }

  @Test
  void sections_tags_and_authors_list_the_story_with_their_feeds_and_the_navigation_lists_chosen_sections()
      throws Exception {
    for (String page : new String[] {"/sections/business", "/tags/shipping", "/authors/ayesha-khan"}) {
      HttpResponse<String> response = s.site.get(page);
      assertThat(response.statusCode()).as(page).isEqualTo(200);
      assertThat(response.body()).as(page).contains("Port traffic recovers", "href=\"/feeds" + page + ".atom\"",
          "The port trust says traffic is back");
      HttpResponse<String> feed = s.site.get("/feeds" + page + ".atom");
      assertThat(feed.statusCode()).as(page + " feed").isEqualTo(200);
      assertThat(feed.body()).contains("<title>Port traffic recovers</title>");
    }
    String front = s.site.get("/").body();
    assertThat(front).contains("<li><a href=\"/sections/business\">Business</a></li>").doesNotContain("Hidden desk");
    assertThat(front).contains("<p class=\"lead\">The port trust says traffic is back");
    assertThat(s.site.get("/sections/nowhere").statusCode()).isEqualTo(404);
    assertThat(s.site.get("/feeds/tags/nowhere.atom").statusCode()).isEqualTo(404);
  }

  @Test
  void drafts_are_nowhere_and_an_unpublished_story_is_gone_for_readers() throws Exception {
    DeskStory draft = s.desk().create(s.writer, s.fullStory("A draft nobody sees", "business", lead, lead));
    assertThat(s.site.get("/news/" + draft.id() + "/a-draft-nobody-sees").statusCode()).isEqualTo(404);
    assertThat(s.site.get("/api/v1/articles/" + draft.id()).statusCode()).isEqualTo(404);
    assertThat(s.site.get("/").body()).doesNotContain("A draft nobody sees");

    s.desk().unpublish(s.editor, id);
    HttpResponse<String> gone = s.site.get("/news/" + id + "/port-traffic-recovers");
    assertThat(gone.statusCode()).isEqualTo(410);
    assertThat(gone.body()).contains("This story has been taken down");
    assertThat(s.site.get("/news/" + id + "/an-old-slug").statusCode()).isEqualTo(410);
    assertThat(s.site.get("/api/v1/articles/" + id).statusCode()).isEqualTo(410);
    assertThat(s.site.get("/api/v1/articles/" + id + "/comments").statusCode()).isEqualTo(404);
    assertThat(s.site.get("/sections/business").body()).doesNotContain("Port traffic recovers");
    assertThat(s.site.get("/feeds/latest.atom").body()).doesNotContain("Port traffic recovers");
    assertThat(s.site.get("/sitemap.xml").body()).doesNotContain("2026-11.xml");
  }

  @Test
  void sitemaps_list_published_stories_by_month_and_the_news_sitemap_the_last_two_days() throws Exception {
    String index = s.site.get("/sitemap.xml").body();
    assertThat(index).contains("<loc>http://127.0.0.1:" + port() + "/sitemaps/2026-11.xml</loc><lastmod>2026-11-28T09:00:00Z</lastmod>",
        "/sitemaps/news.xml</loc>");
    assertThat(s.site.get("/sitemaps/2026-11.xml").body()).contains("/news/" + id + "/port-traffic-recovers</loc>");
    String news = s.site.get("/sitemaps/news.xml").body();
    assertThat(news).contains("<news:title>Port traffic recovers</news:title>",
        "<news:publication_date>2026-11-28T09:00:00Z</news:publication_date>");
    s.clock.advance(Duration.ofDays(3));
    assertThat(s.site.get("/sitemaps/news.xml").body()).doesNotContain("Port traffic recovers");
    assertThat(s.site.get("/sitemaps/1999-01.xml").statusCode()).isEqualTo(404);
    assertThat(s.site.get("/sitemaps/2026-13.xml").statusCode()).isEqualTo(404);
    assertThat(s.site.get("/sitemaps/2026-11.0.xml").statusCode()).isEqualTo(404);
    assertThat(s.site.get("/robots.txt").body()).contains("Disallow: /desk\n", "Sitemap: http://127.0.0.1:");
  }

  @Test
  void the_sitemaps_pass_the_protocols_schemas_and_an_empty_news_sitemap_is_left_out_of_the_index() throws Exception {
    SitemapSchema schema = new SitemapSchema();
    for (String path : List.of("/sitemap.xml", "/sitemaps/2026-11.xml", "/sitemaps/news.xml")) {
      schema.check(path, s.site.get(path).body());
    }
    s.clock.advance(Duration.ofDays(3));
    String index = s.site.get("/sitemap.xml").body();
    assertThat(index).doesNotContain("news.xml").contains("/sitemaps/2026-11.xml");
    schema.check("/sitemap.xml", index);
    String undated = s.site.get("/sitemaps/2026-11.xml").body().replace("2026-11-28T09:00:00Z", "28 November 2026");
    assertThatThrownBy(() -> schema.check("/sitemaps/2026-11.xml", undated))
        .hasMessageContaining("28 November 2026");
  }

  @Test
  void images_are_served_at_each_width_for_a_year_and_revalidate_with_their_etag() throws Exception {
    HttpResponse<String> image = s.site.get("/media/" + lead.key() + "/640.jpg");
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).contains("image/jpeg");
    assertThat(image.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
    String etag = image.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = s.site.send(HttpRequest.newBuilder(URI.create(s.site.url("/media/" + lead.key() + "/640.jpg")))
        .header("If-None-Match", etag));
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(s.site.get("/media/" + lead.key() + "/641.jpg").statusCode()).isEqualTo(404);
    assertThat(s.site.get("/media/" + lead.key() + "/640.png").statusCode()).isEqualTo(404);
    assertThat(s.site.get("/media/nothing/640.jpg").statusCode()).isEqualTo(404);
  }

  private int port() {
    return s.site.server().port();
  }
}
