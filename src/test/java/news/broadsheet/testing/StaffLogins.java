package news.broadsheet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import news.broadsheet.account.Role;

/** A site with accounts of every role, and browsers logged in to it. */
public final class StaffLogins {

  public static final String PASSWORD = "correct horse battery";
  public static final String SLUG = "us-pakistan-inch-towards-better-relations";
  public static final String LINKS =
      "See https://a.example/1 and https://b.example/2 and https://c.example/3 for the details.";

  private StaffLogins() {}

  /** The reference story, a reader "Reader", a moderator "Mona" and an admin "Ada", all with {@link #PASSWORD}. */
  public static TestServer siteWithStaff(DatabaseKind kind, Path temp) throws Exception {
    TestServer site = TestServer.start(kind, temp).withStories(ReferenceSample.file());
    site.app().accounts().addUser("Reader", Role.READER, PASSWORD);
    site.app().accounts().addUser("Mona", Role.MODERATOR, PASSWORD);
    site.app().accounts().addUser("Ada", Role.ADMIN, PASSWORD);
    return site;
  }

  /** A browser logged in as the account of that name, whose password is {@link #PASSWORD}. */
  public static FormClient loggedIn(TestServer site, String name) throws Exception {
    FormClient browser = new FormClient(site);
    browser.get("/login");
    var answer = browser.post("/login", Map.of("name", name, "password", PASSWORD));
    assertThat(answer.statusCode()).isEqualTo(303);
    return browser;
  }
}
