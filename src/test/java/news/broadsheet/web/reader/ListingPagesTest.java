package news.broadsheet.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.SmallCorpus;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front page and the archive by date and by source, over 45 stories of two comments each. */
class ListingPagesTest {

  private static final Pattern HEADLINE = Pattern.compile("<h2 class=\"teaser-headline\"><a href=\"[^\"]*\">([^<]*)</a>");

  @TempDir Path temp;
  private Path[] files;

  @BeforeEach
  void writeCorpus() throws Exception {
    SmallCorpus.write(temp.resolve("corpus"), 45, 2);
    try (Stream<Path> listed = Files.list(temp.resolve("corpus"))) {
      files = listed.sorted().toArray(Path[]::new);
    }
  }

  private static List<String> headlines(String html) {
    Matcher m = HEADLINE.matcher(html);
    return m.results().map(r -> r.group(1)).toList();
  }

  @Test
  void the_front_page_shows_the_latest_twenty_stories_a_page_with_their_comment_counts() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(files)) {
      String first = site.get("/").body();
      assertThat(headlines(first)).hasSize(20).startsWith("Council debates water tariffs, session 44", "Council debates water tariffs, session 43");
      assertThat(first)
          .contains("<a href=\"/news/1/council-debates-water-tariffs-session-0#comments\">2 comments</a>".replace("/news/1/", "/news/45/").replace("session-0", "session-44"))
          .contains("<span class=\"author\">Staff Reporter</span> · <time datetime=\"2023-02-14\">February 14, 2023</time>")
          .contains("<span class=\"dateline\">HYDERABAD:</span> The city council met for the 44th time")
          .contains("<a href=\"/?page=2\" rel=\"next\">")
          .doesNotContain("rel=\"prev\"");
      String second = site.get("/?page=2").body();
      assertThat(headlines(second)).hasSize(20).startsWith("Council debates water tariffs, session 24");
      assertThat(second).contains("<a href=\"/\" rel=\"prev\">").contains("<a href=\"/?page=3\" rel=\"next\">");
      String third = site.get("/?page=3").body();
      assertThat(headlines(third)).hasSize(5).endsWith("Council debates water tariffs, session 0");
      assertThat(third).doesNotContain("rel=\"next\"");
      assertThat(site.get("/?page=4").statusCode()).isEqualTo(404);
      assertThat(site.get("/?page=x").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void the_archive_lists_months_then_days_then_the_stories_of_a_day() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(files)) {
      String index = site.get("/archive").body();
      assertThat(index)
          .contains("<h2 id=\"year-2023\">2023</h2>")
          .contains("<a href=\"/archive/2023-02\">February 2023</a> <span class=\"count\">14 stories</span>")
          .contains("<a href=\"/archive/2023-01\">January 2023</a> <span class=\"count\">31 stories</span>");
      assertThat(index.indexOf("February 2023")).isLessThan(index.indexOf("January 2023"));
      String month = site.get("/archive/2023-01").body();
      assertThat(month)
          .contains("<h1 class=\"section-title\">January 2023</h1>")
          .contains("<a href=\"/archive/2023-01-01\">Sunday, January 1</a> <span class=\"count\">1 story</span>");
      String day = site.get("/archive/2023-01-05").body();
      assertThat(headlines(day)).containsExactly("Council debates water tariffs, session 4");
      assertThat(day).contains("<h1 class=\"section-title\">Thursday, January 5, 2023</h1>").contains("2 comments");
      for (String missing : List.of("/archive/2023-03", "/archive/2023-03-01", "/archive/2023-13-01", "/archive/yesterday")) {
        assertThat(site.get(missing).statusCode()).as(missing).isEqualTo(404);
      }
    }
  }

  @Test
  void sources_list_their_stories_newest_first_twenty_a_page() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(files)) {
      assertThat(site.get("/sources").body())
          .contains("<a href=\"/sources/DAWN.COM\">DAWN.COM</a> <span class=\"count\">45 stories</span>");
      String source = site.get("/sources/DAWN.COM").body();
      assertThat(headlines(source)).hasSize(20).first().isEqualTo("Council debates water tariffs, session 44");
      assertThat(source).contains("<h1 class=\"section-title\">Stories from DAWN.COM</h1>").contains("<a href=\"/sources/DAWN.COM?page=2\" rel=\"next\">");
      assertThat(headlines(site.get("/sources/DAWN.COM?page=3").body())).hasSize(5);
      assertThat(site.get("/sources/DAWN.COM?page=4").statusCode()).isEqualTo(404);
      assertThat(site.get("/sources/NOWHERE.ORG").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void a_missing_page_answers_404_with_ways_on_to_the_latest_stories_and_the_archive() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(files)) {
      var missing = site.get("/no/such/page");
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
      assertThat(missing.body())
          .contains("We could not find that page")
          .contains("<code>/no/such/page</code>")
          .contains("<a href=\"/\">See the latest stories</a>")
          .contains("<a href=\"/archive\">")
          .contains("<a href=\"/sources\">")
          .contains("<meta name=\"robots\" content=\"noindex\">")
          .contains("Council debates water tariffs, session 44");
      assertThat(site.get("/news/999/nothing").body()).contains("We could not find that page");
    }
  }
}
