package news.broadsheet.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import news.broadsheet.testing.ApiCalls;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.StaffLogins;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A signed-in reader downloads their own data; nobody else's, and a guest is sent to log in. */
class AccountDataTest {

  @TempDir Path temp;

  @Test
  void a_signed_in_reader_downloads_their_own_data_and_a_guest_is_sent_to_log_in() throws Exception {
    try (TestServer site = StaffLogins.siteWithStaff(DatabaseKind.SQLITE, temp)) {
      long story = ApiCalls.referenceStory(site);
      FormClient reader = StaffLogins.loggedIn(site, "Reader");
      String page = reader.get("/news/" + story + "/" + StaffLogins.SLUG).body();
      assertThat(page).contains("<a href=\"/account/data\" download>Download your data</a>");
      assertThat(reader.post("/news/" + story + "/comments", Map.of("text", "My own words, mine to take.")).statusCode())
          .isEqualTo(303);
      FormClient moderator = StaffLogins.loggedIn(site, "Mona");
      assertThat(moderator.post("/news/" + story + "/comments", Map.of("text", "A moderator's words.")).statusCode())
          .isEqualTo(303);

      HttpResponse<String> download = reader.get("/account/data");
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
      assertThat(download.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"broadsheet-my-data.json\"");
      assertThat(download.headers().firstValue("Cache-Control")).hasValue("no-store");
      JsonNode data = ApiCalls.JSON.readTree(download.body());
      assertThat(download.body()).contains("My own words, mine to take.").contains("\"Reader\"")
          .doesNotContain("A moderator's words.").doesNotContain("$argon2");
      assertThat(data.get("comments")).hasSize(1);

      HttpResponse<String> guest = site.get("/account/data");
      assertThat(guest.statusCode()).isEqualTo(303);
      assertThat(guest.headers().firstValue("Location").orElse("")).startsWith("/login?next=%2Faccount%2Fdata");
    }
  }
}
