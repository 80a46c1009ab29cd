package news.broadsheet.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentDraft;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.Pages;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.StoryFiles;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's search page over a running site: results, filters, paging, and what is never shown. */
class SearchPagesTest {

  private static final Pattern RESULT = Pattern.compile("<h3 class=\"result-title\"><a href=\"([^\"]*)\">");
  private static final Pattern NEXT = Pattern.compile("<a href=\"(/search\\?[^\"]*)\" rel=\"next\">");

  @TempDir Path temp;

  private TestServer site(DatabaseKind kind) throws Exception {
    Path port = StoryFiles.write(temp.resolve("stories"), "port.txt", StoryFiles.story("Port traffic recovers after the strike",
        StoryFiles.comment("Bilal", "May 14, 2024 10:05am", "Relations between the unions and the port trust must improve."),
        StoryFiles.comment("Mallory", "May 14, 2024 10:10am", "<script>alert('strike')</script> & <b>bold</b> strike talk")));
    return TestServer.start(kind, temp).withStories(ReferenceSample.file(), port);
  }

  private static String search(TestServer site, String query) throws Exception {
    HttpResponse<String> response = site.get("/search?" + query);
    assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
    return response.body();
  }

  private static List<String> results(String html) {
    return RESULT.matcher(html).results().map(m -> Pages.unescape(m.group(1))).toList();
  }

  private static String q(String words) {
    return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void finds_stories_by_inflected_words_and_comments_with_their_words_marked(DatabaseKind kind) throws Exception {
    try (TestServer site = site(kind)) {
      String html = search(site, q("relation"));
      assertThat(results(html)).anyMatch(path -> path.matches("/news/\\d+/us-pakistan-inch-towards-better-relations"))
          .anyMatch(path -> path.matches("/news/\\d+/port-traffic-recovers-after-the-strike/comments/\\d+"));
      assertThat(html).contains("<mark>Relations</mark> between the unions")
          .contains("<p class=\"result-kind\">Comment on</p>")
          .contains("<input type=\"search\" id=\"search-q\" name=\"q\" value=\"relation\"");
      String comments = search(site, q("relation") + "&type=comments");
      assertThat(results(comments)).isNotEmpty().allMatch(path -> path.contains("/comments/"));
      String stories = search(site, q("relation") + "&type=stories");
      assertThat(results(stories)).isNotEmpty().noneMatch(path -> path.contains("/comments/"));
      assertThat(stories).contains("<option value=\"stories\" selected>Stories</option>");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void filters_by_source_author_and_dates(DatabaseKind kind) throws Exception {
    try (TestServer site = site(kind)) {
      assertThat(results(search(site, q("relations") + "&source=DAWN.COM"))).hasSizeGreaterThanOrEqualTo(2);
      assertThat(results(search(site, q("relations") + "&source=THENEWS.COM.PK"))).isEmpty();
      assertThat(results(search(site, q("relations") + "&author=bilal"))).singleElement().asString().contains("/comments/");
      assertThat(results(search(site, q("relations") + "&from=2024-05-14&to=2024-05-14"))).singleElement().asString().contains("port-traffic");
      assertThat(results(search(site, q("relations") + "&to=2024-05-13"))).isNotEmpty().allMatch(path -> path.contains("/us-pakistan"));
    }
  }

  @Test
  void the_section_filter_lists_the_sections_and_refuses_one_that_does_not_exist() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      site.app().desk().sections().add("Business", true);
      String form = search(site, "");
      assertThat(form).contains("<option value=\"business\"").contains(">Business</option>");
      assertThat(results(search(site, q("relations") + "&section=business"))).isEmpty();
      assertThat(search(site, q("relations") + "&section=business")).contains("<option value=\"business\" selected");
      HttpResponse<String> unknown = site.get("/search?" + q("relations") + "&section=sport");
      assertThat(unknown.statusCode()).isEqualTo(400);
      assertThat(unknown.body()).contains("No section has the address name \"sport\".").contains("<select id=\"search-section\" name=\"section\" aria-invalid=\"true\">");
    }
  }

  @Test
  void snippets_are_escaped_text_never_the_comment_as_html() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      String html = search(site, q("strike talk"));
      assertThat(html).contains("&lt;script&gt;alert('<mark>strike</mark>')&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; <mark>strike</mark> <mark>talk</mark>")
          .doesNotContain("<script>alert").doesNotContain("<b>bold");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void pages_of_results_follow_by_cursor_until_the_last(DatabaseKind kind) throws Exception {
    try (TestServer site = site(kind)) {
      long story = site.app().articles().latest(1, 0).get(0).id();
      for (int i = 0; i < 23; i++) {
        site.app().posting().post(new CommentDraft(story, null, "Reader " + i, "The tariff went up again, number " + i + ".", "c" + i));
      }
      List<String> seen = new ArrayList<>();
      String html = search(site, q("tariffs"));
      assertThat(html).contains("<h2 id=\"results-heading\">Results</h2>");
      seen.addAll(results(html));
      Matcher next = NEXT.matcher(html);
      assertThat(next.find()).isTrue();
      String second = search(site, Pages.unescape(next.group(1)).substring("/search?".length()));
      seen.addAll(results(second));
      assertThat(second).contains("<h2 id=\"results-heading\">More results</h2>").contains("← First results").doesNotContain("rel=\"next\"");
      assertThat(seen).hasSize(23).doesNotHaveDuplicates();
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void held_rejected_and_erased_comments_are_never_found(DatabaseKind kind) throws Exception {
    try (TestServer site = site(kind)) {
      long story = site.app().articles().latest(1, 0).get(0).id();
      Comment held = site.app().posting().post(new CommentDraft(story, null, "Rafiq", "What a stupid quayside decision.", "r"));
      assertThat(held.status()).isEqualTo(CommentStatus.PENDING);
      Comment shown = site.app().posting().post(new CommentDraft(story, null, "Yusuf", "The quayside cranes stood idle.", "y"));
      assertThat(results(search(site, q("quayside")))).singleElement().asString().endsWith("/comments/" + shown.id());
      site.app().moderation().reject(shown.id(), Moderator.named("Saima"), "off topic");
      String after = search(site, q("quayside"));
      assertThat(results(after)).isEmpty();
      assertThat(after).contains("Nothing found").doesNotContain("cranes").doesNotContain("stupid");
      assertThat(results(search(site, q("stupid")))).isEmpty();
    }
  }

  @Test
  void a_search_that_cannot_run_is_a_400_page_saying_why_and_keeping_the_form() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      assertThat(site.get("/search").statusCode()).isEqualTo(200);
      assertThat(site.get("/search").body()).contains("<h1 class=\"section-title\">Search</h1>").doesNotContain("results-heading");
      for (String[] bad : new String[][] {
          {q("x".repeat(501)), "at most 500 characters", "q"},
          {q("... ???"), "Type a word", "q"},
          {q("port") + "&type=videos", "stories or comments", "type"},
          {q("port") + "&from=yesterday", "2024-05-31", "from"},
          {q("port") + "&from=2024-06-01&to=2024-05-01", "ends before it starts", "to"},
          {q("port") + "&cursor=bm90IGEgY3Vyc29y", "start again from the first page", "cursor"},
          {q("port") + "&author=" + "a".repeat(201), "at most 200", "author"}}) {
        HttpResponse<String> response = site.get("/search?" + bad[0]);
        assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
        assertThat(response.body()).as(bad[0]).contains("<p class=\"form-problem\" id=\"search-problem\" role=\"alert\">")
            .contains(bad[1]);
        if (!bad[2].equals("cursor")) {
          assertThat(response.body()).containsPattern("id=\"search-" + bad[2] + "\"[^>]*aria-invalid=\"true\"");
        }
      }
    }
  }

  @Test
  void every_page_offers_the_search_and_browsers_learn_it_from_the_opensearch_description() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      for (String path : List.of("/", "/archive", "/sources", "/no/such/page")) {
        String html = site.get(path).body();
        assertThat(html).as(path).contains("<form class=\"site-search\" action=\"/search\" method=\"get\" role=\"search\">")
            .contains("<link rel=\"search\" type=\"application/opensearchdescription+xml\" title=\"Broadsheet\" href=\"/opensearch.xml\">");
      }
      HttpResponse<String> description = site.get("/opensearch.xml");
      assertThat(description.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/opensearchdescription+xml");
      assertThat(description.body()).contains("<ShortName>Broadsheet</ShortName>")
          .contains("template=\"" + site.url("/search") + "?q={searchTerms}\"");
    }
  }
}
