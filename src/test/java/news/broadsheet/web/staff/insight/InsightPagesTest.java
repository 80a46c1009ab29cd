package news.broadsheet.web.staff.insight;

import static news.broadsheet.testing.StaffLogins.loggedIn;
import static news.broadsheet.testing.StaffLogins.siteWithStaff;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard and the reaction pages over HTTP. */
class InsightPagesTest {

  @TempDir Path temp;

  @Test
  void smoke() throws Exception {
    try (TestServer site = siteWithStaff(DatabaseKind.SQLITE, temp)) {
      FormClient admin = loggedIn(site, "Ada");
      HttpResponse<String> dashboard = admin.get("/admin/dashboard?day=2018-03-03");
      System.out.println(dashboard.statusCode());
      java.nio.file.Files.writeString(Path.of("/tmp/insight-exp/dashboard.html"), dashboard.body());
      HttpResponse<String> reactions = admin.get("/admin/stories/1/reactions");
      System.out.println(reactions.statusCode());
      java.nio.file.Files.writeString(Path.of("/tmp/insight-exp/reactions.html"), reactions.body());
      HttpResponse<String> csv = admin.get("/admin/dashboard?day=2018-03-03&format=csv&table=per-hour");
      System.out.println(csv.statusCode() + " " + csv.headers().map());
      System.out.println(csv.body());
      assertThat(dashboard.statusCode()).isEqualTo(200);
    }
  }
}
