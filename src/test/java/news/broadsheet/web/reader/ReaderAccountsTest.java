package news.broadsheet.web.reader;

import static news.broadsheet.testing.ApiCalls.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import news.broadsheet.account.Role;
import news.broadsheet.account.User;
import news.broadsheet.comment.Comment;
import news.broadsheet.comment.CommentStatus;
import news.broadsheet.moderation.ModerationAction;
import news.broadsheet.moderation.ModerationEvent;
import news.broadsheet.moderation.QueueFilter;
import news.broadsheet.moderation.QueueTab;
import news.broadsheet.testing.ApiCalls;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.Pages;
import news.broadsheet.testing.StaffLogins;
import news.broadsheet.testing.TestServer;
import news.broadsheet.web.page.LoginSessions;
import news.broadsheet.web.page.ReaderCookies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Readers with accounts: commenting as themselves, sanctions on an account, the setting that takes
 * comments from signed-in readers only, and signing up; on SQLite and PostgreSQL.
 */
class ReaderAccountsTest {

  private static final String PASSWORD = StaffLogins.PASSWORD;
  private static final String SLUG = StaffLogins.SLUG;
  private static final String LINKS = StaffLogins.LINKS;

  @TempDir Path temp;

  /** The reference story, the staff of {@link StaffPagesTest}, and a reader "Ayesha Khan". */
  private TestServer site(DatabaseKind kind) throws Exception {
    TestServer site = StaffLogins.siteWithStaff(kind, temp);
    site.app().accounts().addUser("Ayesha Khan", Role.READER, PASSWORD);
    return site;
  }

  private static long storyId(TestServer site) {
    return ApiCalls.referenceStory(site);
  }

  private static String storyPath(TestServer site) {
    return "/news/" + storyId(site) + "/" + SLUG;
  }

  private static User user(TestServer site, String name) {
    return site.app().accounts().users().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
  }

  /** Posts JSON to the API with the browser's session cookie, as a script on the site's pages would. */
  private static HttpResponse<String> apiPost(TestServer site, FormClient browser, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(site.url("/api/v1/articles/" + storyId(site) + "/comments")))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (browser.cookie(LoginSessions.COOKIE) != null) {
      request.header("Cookie", LoginSessions.COOKIE + "=" + browser.cookie(LoginSessions.COOKIE));
      request.header("Sec-Fetch-Site", "same-origin"); // what the browser says of a script on the site's pages
    }
    return site.send(request);
  }

  private static long commentCount(TestServer site) {
    return site.app().stats().stats().comments();
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_signed_in_reader_comments_under_the_account_name_from_the_form_and_the_api(DatabaseKind kind) throws Exception {
    try (TestServer site = site(kind)) {
      long id = storyId(site);
      String path = storyPath(site);
      long account = user(site, "Ayesha Khan").id();
      FormClient reader = new FormClient(site);
      reader.get("/login");
      var login = reader.post("/login", Map.of("name", "ayesha khan", "password", PASSWORD, "next", path + "#comment-form"));
      assertThat(login.headers().firstValue("Location")).hasValue(path + "#comment-form");

      String page = reader.get(path).body();
      assertThat(page).contains("Commenting as <bdi class=\"account-name\">Ayesha Khan</bdi>.")
          .doesNotContain("id=\"comment-form-name\"");
      var posted = reader.post("/news/" + id + "/comments", Map.of("name", "Someone Else", "text", "As myself."));
      assertThat(posted.statusCode()).isEqualTo(303);
      Comment stored = site.app().comments().find(site.app().comments().lastPublishedId(id)).orElseThrow();
      assertThat(stored.name()).isEqualTo("Ayesha Khan");
      assertThat(stored.accountId()).isEqualTo(account);
      assertThat(Pages.commentNames(reader.follow(posted).body())).last().isEqualTo("Ayesha Khan");
      assertThat(reader.cookie(ReaderCookies.NAME)).isNull();

      long parent = Pages.commentIds(page).get(0);
      assertThat(reader.get(path + "/comments/" + parent + "/reply").body()).contains("Commenting as");
      var reply = reader.post("/news/" + id + "/comments", Map.of("text", "A reply as myself.", "parentId", Long.toString(parent)));
      assertThat(reply.statusCode()).isEqualTo(303);

      HttpResponse<String> api = apiPost(site, reader, "{\"name\":\"Pretender\",\"text\":\"Through the API.\"}");
      assertThat(api.statusCode()).isEqualTo(201);
      JsonNode json = JSON.readTree(api.body());
      assertThat(json.get("name").asText()).isEqualTo("Ayesha Khan");
      assertThat(site.app().comments().find(json.get("id").asLong()).orElseThrow().accountId()).isEqualTo(account);
      HttpResponse<String> withoutName = apiPost(site, reader, "{\"text\":\"No name needed when signed in.\"}");
      assertThat(withoutName.statusCode()).isEqualTo(201);

      FormClient guest = new FormClient(site);
      assertThat(guest.get(path).body()).contains("id=\"comment-form-name\"").doesNotContain("Commenting as");
      assertThat(apiPost(site, guest, "{\"text\":\"No name as a guest.\"}").statusCode()).isEqualTo(422);

      assertThat(reader.post("/logout", Map.of("next", path + "#comment-form")).headers().firstValue("Location"))
          .hasValue(path + "#comment-form");
      assertThat(reader.get(path).body()).contains("id=\"comment-form-name\"");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void an_account_suspended_from_the_queue_is_refused_with_the_reason_and_the_end(DatabaseKind kind) throws Exception {
    try (TestServer site = site(kind)) {
      long id = storyId(site);
      String path = storyPath(site);
      long account = user(site, "Ayesha Khan").id();
      FormClient reader = StaffLogins.loggedIn(site, "Ayesha Khan");
      assertThat(reader.post("/news/" + id + "/comments", Map.of("text", LINKS)).statusCode()).isEqualTo(303);
      long held = site.app().moderation().queue(QueueTab.PENDING, QueueFilter.NONE, 10, 0).get(0).comment().id();

      FormClient moderator = StaffLogins.loggedIn(site, "Mona");
      String queue = moderator.get("/admin/moderation").body();
      assertThat(queue).contains("Ayesha+Khan\" title=\"Only this commenter's comments\">Ayesha Khan</a></h3>\n<span class=\"badge\">Account</span>")
          .contains("action=\"/admin/moderation/comments/" + held + "/sanction\"");
      assertThat(moderator.post("/admin/moderation/comments/" + held + "/sanction", Map.of("length", "7", "reason", ""))
          .statusCode()).isEqualTo(422);
      var suspended = moderator.post("/admin/moderation/comments/" + held + "/sanction",
          Map.of("length", "7", "reason", "personal attacks", "tab", "pending"));
      assertThat(suspended.statusCode()).isEqualTo(303);
      assertThat(suspended.headers().firstValue("Location")).hasValue("/admin/moderation?tab=pending&done=sanction&count=1");
      assertThat(moderator.get("/admin/moderation").body())
          .contains("<p class=\"card-sanction\">Suspended until Dec 5, 2026 09:00: personal attacks</p>");
      assertThat(site.app().moderation().historyOf("account:" + account + " (Ayesha Khan)", 10))
          .singleElement()
          .satisfies(event -> {
            assertThat(event.action()).isEqualTo(ModerationAction.SUSPENDED);
            assertThat(event.actor()).isEqualTo("Mona");
            assertThat(event.note()).isEqualTo("personal attacks");
          })
          .extracting(ModerationEvent::actorAccountId).isEqualTo(user(site, "Mona").id());

      String message = "You are suspended until 2026-12-05 09:00 UTC: personal attacks";
      var refused = reader.post("/news/" + id + "/comments", Map.of("text", "Back again."));
      assertThat(refused.statusCode()).isEqualTo(422);
      assertThat(refused.body()).contains(message).contains("Back again.</textarea>");
      assertThat(Pages.commentNames(reader.get(path).body())).doesNotContain("Ayesha Khan");
      JsonNode api = JSON.readTree(apiPost(site, reader, "{\"text\":\"Through the API.\"}").body());
      assertThat(api.get("status").asText()).isEqualTo("rejected");
      assertThat(api.get("reasons").get(0).asText()).isEqualTo(message);

      FormClient guest = new FormClient(site);
      guest.get(path);
      assertThat(guest.comment(id, "Ayesha", "A guest from another connection.").statusCode()).isEqualTo(303);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void when_only_signed_in_readers_may_comment_a_guest_gets_the_sign_in_link_and_their_posts_are_refused(DatabaseKind kind)
      throws Exception {
    try (TestServer site = site(kind)) {
      long id = storyId(site);
      String path = storyPath(site);
      FormClient admin = StaffLogins.loggedIn(site, "Ada");
      assertThat(admin.get("/admin/settings").body()).contains("comments.commenters").contains("accounts.sign-up.enabled");
      assertThat(admin.post("/admin/settings", Map.of("key", "comments.commenters", "value", "accounts")).statusCode())
          .isEqualTo(303);

      FormClient guest = new FormClient(site);
      String page = guest.get(path).body();
      String next = "next=%2Fnews%2F" + id + "%2F" + SLUG + "%23comment-form";
      assertThat(page).contains("<a class=\"sign-in-link\" href=\"/login?" + next + "\">Sign in to comment</a>")
          .contains("<a class=\"sign-up-link\" href=\"/signup?" + next + "\">create an account</a>")
          .doesNotContain("class=\"comment-form\"");
      long parent = Pages.commentIds(page).get(0);
      assertThat(guest.get(path + "/comments/" + parent + "/reply").body()).contains("Sign in to comment")
          .contains("next=%2Fnews%2F" + id + "%2F" + SLUG + "%2Fcomments%2F" + parent + "%2Freply%23reply-form");

      long before = commentCount(site);
      var refused = guest.comment(id, "Guest", "Let me in.");
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.body()).contains("Only signed-in readers may comment here.").contains("Sign in to comment");
      HttpResponse<String> api = apiPost(site, guest, "{\"name\":\"Guest\",\"text\":\"Let me in.\"}");
      assertThat(api.statusCode()).isEqualTo(401);
      JsonNode error = JSON.readTree(api.body());
      assertThat(error.get("error").asText()).isEqualTo("sign_in_required");
      assertThat(error.get("message").asText()).startsWith("Only signed-in readers may comment here.");
      assertThat(commentCount(site)).isEqualTo(before);

      var login = guest.post("/login", Map.of("name", "Ayesha Khan", "password", PASSWORD, "next", path + "#comment-form"));
      assertThat(login.headers().firstValue("Location")).hasValue(path + "#comment-form");
      assertThat(guest.get(path).body()).contains("Commenting as");
      assertThat(guest.post("/news/" + id + "/comments", Map.of("text", "Signed in, so welcome.")).statusCode()).isEqualTo(303);
      assertThat(commentCount(site)).isEqualTo(before + 1);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void a_guest_may_not_comment_under_the_name_of_an_account(DatabaseKind kind) throws Exception {
    try (TestServer site = site(kind)) {
      long id = storyId(site);
      long before = commentCount(site);
      FormClient guest = new FormClient(site);
      guest.get(storyPath(site));

      var form = guest.comment(id, " ayesha KHAN ", "It is me, honestly.");
      assertThat(form.statusCode()).isEqualTo(422);
      assertThat(form.body())
          .contains("id=\"name-error\">This name belongs to a reader's account here. Sign in to use it, or choose another name.")
          .contains("It is me, honestly.");
      HttpResponse<String> api = apiPost(site, guest, "{\"name\":\"Ada\",\"text\":\"Staff here, trust me.\"}");
      assertThat(api.statusCode()).isEqualTo(422);
      JsonNode error = JSON.readTree(api.body());
      assertThat(error.get("error").asText()).isEqualTo("name_of_an_account");
      assertThat(error.get("field").asText()).isEqualTo("name");
      assertThat(commentCount(site)).isEqualTo(before);

      assertThat(guest.comment(id, "Ayesha K.", "A name of my own.").statusCode()).isEqualTo(303);
      assertThat(commentCount(site)).isEqualTo(before + 1);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void sign_up_creates_a_reader_signs_them_in_and_returns_them_to_the_story(DatabaseKind kind) throws Exception {
    try (TestServer site = site(kind)) {
      String path = storyPath(site);
      FormClient browser = new FormClient(site);
      assertThat(browser.get("/login?next=" + path).body())
          .contains("<a href=\"/signup?next=" + path.replace("/", "%2F") + "\">Create an account</a>");
      var form = browser.get("/signup?next=" + path);
      assertThat(form.statusCode()).isEqualTo(200);
      assertThat(form.body()).contains("name=\"next\" value=\"" + path + "\"");
      var created = browser.post("/signup",
          Map.of("name", "  Bilal Ahmed ", "password", "a long passphrase", "repeated", "a long passphrase", "next", path));
      assertThat(created.statusCode()).isEqualTo(303);
      assertThat(created.headers().firstValue("Location")).hasValue(path);
      assertThat(created.headers().allValues("Set-Cookie"))
          .anyMatch(c -> c.startsWith("bs_session=") && c.contains("HttpOnly") && c.contains("SameSite=Lax"));
      User bilal = user(site, "Bilal Ahmed");
      assertThat(bilal.role()).isEqualTo(Role.READER);
      assertThat(site.app().accounts().userOfSession(browser.cookie(LoginSessions.COOKIE))).contains(bilal);
      assertThat(browser.get(path).body()).contains("Commenting as <bdi class=\"account-name\">Bilal Ahmed</bdi>.");
      assertThat(browser.get("/admin/moderation").statusCode()).isEqualTo(403);
      assertThat(site.app().accounts().logIn("bilal ahmed", "a long passphrase", null).user()).isEqualTo(bilal);
      FormClient again = new FormClient(site);
      again.get("/login");
      assertThat(again.post("/login", Map.of("name", "Bilal Ahmed", "password", "a long passphrase")).headers()
          .firstValue("Location")).as("a reader is not sent to the staff pages").hasValue("/");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void sign_up_refuses_a_taken_name_a_short_password_different_passwords_and_a_form_without_its_token(DatabaseKind kind)
      throws Exception {
    try (TestServer site = site(kind)) {
      int accounts = site.app().accounts().users().size();
      FormClient browser = new FormClient(site);
      browser.get("/signup");
      var taken = browser.post("/signup", Map.of("name", "MONA", "password", "a long passphrase", "repeated", "a long passphrase"));
      assertThat(taken.statusCode()).isEqualTo(422);
      assertThat(taken.body()).contains("<p class=\"field-error\" id=\"signup-name-error\">There is already a user named MONA (or one that looks the same);")
          .contains("value=\"MONA\"");
      var shortPassword = browser.post("/signup", Map.of("name", "Sana", "password", "short", "repeated", "short"));
      assertThat(shortPassword.statusCode()).isEqualTo(422);
      assertThat(shortPassword.body()).contains("id=\"signup-password-error\">A password has at least 10 characters.");
      var different = browser.post("/signup", Map.of("name", "Sana", "password", "a long passphrase", "repeated", "a long passphrase!"));
      assertThat(different.statusCode()).isEqualTo(422);
      assertThat(different.body()).contains("id=\"signup-repeated-error\">The two passwords differ")
          .doesNotContain("a long passphrase");
      var blank = browser.post("/signup", Map.of("name", "  ", "password", "a long passphrase", "repeated", "a long passphrase"));
      assertThat(blank.body()).contains("id=\"signup-name-error\">A user name has 1 to 60 characters.");
      var forged = browser.postRaw("/signup", Map.of("name", "Sana", "password", "a long passphrase", "repeated", "a long passphrase"));
      assertThat(forged.statusCode()).isEqualTo(403);
      assertThat(site.app().accounts().users()).hasSize(accounts);
      assertThat(browser.cookie(LoginSessions.COOKIE)).isNull();
    }
  }

  @Test
  void sign_up_is_throttled_per_client_and_can_be_turned_off() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      FormClient browser = new FormClient(site);
      browser.get("/signup");
      int status = 0;
      for (int i = 0; i < 15 && status != 429; i++) {
        status = browser.post("/signup", Map.of("name", "Sana " + i, "password", "short", "repeated", "short")).statusCode();
      }
      assertThat(status).isEqualTo(429);
      assertThat(browser.post("/signup", Map.of("name", "Sana", "password", "a long passphrase", "repeated", "a long passphrase"))
          .body()).contains("Too many attempts");

      site.app().settings().set("accounts.sign-up.enabled", "false", "test");
      site.app().settings().set("comments.commenters", "accounts", "test");
      var closed = new FormClient(site).get("/signup");
      assertThat(closed.statusCode()).isEqualTo(403);
      assertThat(closed.body()).contains("Sign-up is closed");
      assertThat(new FormClient(site).get("/login").body()).doesNotContain("/signup");
      assertThat(new FormClient(site).get(storyPath(site)).body()).contains("Sign in to comment").doesNotContain("/signup");
    }
  }

  @Test
  void a_rejected_comment_shows_its_reasons_beside_the_form() throws Exception {
    try (TestServer site = site(DatabaseKind.SQLITE)) {
      long id = storyId(site);
      FormClient guest = new FormClient(site);
      guest.get(storyPath(site));
      var rejected = guest.comment(id, "Rude", "The minister is an idiot.");
      assertThat(rejected.statusCode()).isEqualTo(422);
      assertThat(rejected.body()).containsPattern("<p class=\"form-problem\" role=\"alert\">Your comment was not published: [^<]*idiot[^<]* is not allowed here")
          .contains("The minister is an idiot.</textarea>");
      assertThat(site.app().moderation().queue(QueueTab.REJECTED, QueueFilter.NONE, 10, 0))
          .extracting(item -> item.comment().status()).containsExactly(CommentStatus.REJECTED);
    }
  }
}
