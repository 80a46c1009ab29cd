package news.broadsheet.web.staff.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.analytics.CorpusStats;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.StaffLogins;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard and the reaction pages over HTTP: the archive's counts are those of
 * {@code broadsheet stats}, every table downloads as CSV with formula-leading cells defused, odd
 * parameters are refused with a message saying which, and readers and strangers are kept out.
 */
class InsightPagesTest {

  @TempDir Path temp;

  @Test
  void the_dashboard_counts_what_broadsheet_stats_counts_and_its_tables_download_as_csv() throws Exception {
    try (TestServer site = InsightSite.start(DatabaseKind.SQLITE, temp)) {
      FormClient mona = StaffLogins.loggedIn(site, "Mona");
      HttpResponse<String> page = mona.get("/admin/dashboard?day=2018-03-03");
      assertThat(page.statusCode()).isEqualTo(200);
      CorpusStats stats = site.app().stats().stats();
      assertThat(stat(page.body(), "Stories")).isEqualTo(String.valueOf(stats.articles()));
      assertThat(stat(page.body(), "Comments")).isEqualTo(String.valueOf(stats.comments()));
      assertThat(stat(page.body(), "Sources")).isEqualTo(String.valueOf(stats.sources()));
      assertThat(page.body()).contains("<svg class=\"chart\"").contains("Pakistan Time (Asia/Karachi)");

      for (String table : new String[] {"per-day", "per-hour", "stories-of-day", "stories-of-week", "commenters",
          "pending", "reasons", "sources"}) {
        assertThat(page.body()).contains("table=" + table);
        HttpResponse<String> csv = mona.get("/admin/dashboard?day=2018-03-03&format=csv&table=" + table);
        assertThat(csv.statusCode()).as(table).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).contains(
            "attachment; filename=\"dashboard-2018-03-03-" + table + ".csv\"");
        assertThat(csv.body()).startsWith("\uFEFF").contains("\r\n");
      }
      HttpResponse<String> perHour = mona.get("/admin/dashboard?day=2018-03-03&format=csv&table=per-hour");
      long written = perHour.body().lines().skip(1).mapToLong(line -> Long.parseLong(line.split(",")[1])).sum();
      assertThat(written).isEqualTo(26);

      String today = site.app().dashboard().today(null).toString();
      HttpResponse<String> commenters = mona.get("/admin/dashboard?day=" + today + "&format=csv&table=commenters");
      assertThat(commenters.body()).contains("'=Linker").doesNotContain(",=Linker");
    }
  }

  @Test
  void the_reaction_page_shows_the_story_and_its_tables_download() throws Exception {
    try (TestServer site = InsightSite.start(DatabaseKind.SQLITE, temp)) {
      FormClient mona = StaffLogins.loggedIn(site, "Mona");
      long reference = InsightSite.reference(site);
      HttpResponse<String> page = mona.get("/admin/stories/" + reference + "/reactions");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("26 comments by 25 commenters between 09:48 and 19:42");
      for (String table : new String[] {"over-time", "outcome", "languages", "most-recommended", "phrases"}) {
        HttpResponse<String> csv = mona.get("/admin/stories/" + reference + "/reactions?format=csv&table=" + table);
        assertThat(csv.statusCode()).as(table).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).contains(
            "attachment; filename=\"story-" + reference + "-" + table + ".csv\"");
      }
      HttpResponse<String> overTime = mona.get("/admin/stories/" + reference + "/reactions?format=csv&table=over-time");
      long published = overTime.body().lines().skip(1).mapToLong(line -> Long.parseLong(line.split(",")[1])).sum();
      assertThat(published).isEqualTo(26);
    }
  }

  @Test
  void odd_parameters_are_refused_saying_which_and_unknown_stories_are_not_found() throws Exception {
    try (TestServer site = InsightSite.start(DatabaseKind.SQLITE, temp)) {
      FormClient mona = StaffLogins.loggedIn(site, "Mona");
      assertRefused(mona, "/admin/dashboard?day=2018-02-30", 400, "2018-02-30");
      assertRefused(mona, "/admin/dashboard?day=%3Cscript%3E", 400, "&lt;script&gt;");
      assertRefused(mona, "/admin/dashboard?days=8", 400, "“8”");
      assertRefused(mona, "/admin/dashboard?source=NOWHERE", 400, "NOWHERE");
      assertRefused(mona, "/admin/dashboard?format=xlsx", 400, "xlsx");
      assertRefused(mona, "/admin/dashboard?format=csv", 400, "Name the table");
      assertRefused(mona, "/admin/dashboard?format=csv&table=passwords", 400, "passwords");
      assertRefused(mona, "/admin/stories/999999/reactions", 404, "");
      assertThat(mona.get("/admin/stories/abc/reactions").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void readers_and_strangers_cannot_see_the_staff_pages() throws Exception {
    try (TestServer site = InsightSite.start(DatabaseKind.SQLITE, temp)) {
      long reference = InsightSite.reference(site);
      FormClient reader = StaffLogins.loggedIn(site, "Reader");
      FormClient stranger = new FormClient(site);
      for (String path : new String[] {"/admin/dashboard", "/admin/dashboard?format=csv&table=per-day",
          "/admin/stories/" + reference + "/reactions"}) {
        assertThat(reader.get(path).statusCode()).as(path).isEqualTo(403);
        HttpResponse<String> anonymous = stranger.get(path);
        assertThat(anonymous.statusCode()).as(path).isIn(302, 303);
        assertThat(anonymous.body()).doesNotContain("Comments per day");
      }
      String story = "/news/" + reference + "/" + InsightSite.REFERENCE_SLUG;
      assertThat(reader.get(story).body()).doesNotContain("Reactions to this story");
      assertThat(stranger.get(story).body()).doesNotContain("Reactions to this story");
      assertThat(StaffLogins.loggedIn(site, "Mona").get(story).body())
          .contains("<a href=\"/admin/stories/" + reference + "/reactions\">Reactions to this story</a>");
      assertThat(reader.get(story).body()).doesNotContain("Reactions to this story");
    }
  }

  private static void assertRefused(FormClient client, String path, int status, String saying) throws Exception {
    HttpResponse<String> answer = client.get(path);
    assertThat(answer.statusCode()).as(path).isEqualTo(status);
    assertThat(answer.body()).as(path).contains(saying);
  }

  private static String stat(String html, String label) {
    Matcher found = Pattern.compile("<dt>" + label + "</dt><dd><span class=\"stat-value\">([^<]*)</span>").matcher(html);
    assertThat(found.find()).as(label).isTrue();
    return found.group(1);
  }
}
