package news.broadsheet.web.abuse;

import static news.broadsheet.testing.ApiCalls.assertError;
import static news.broadsheet.testing.ApiCalls.json;
import static news.broadsheet.testing.ApiCalls.referenceStory;
import static news.broadsheet.testing.StaffLogins.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import news.broadsheet.account.Role;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.FormClient;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestServer;
import news.broadsheet.web.page.LoginSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON API cannot be made to post or recommend by another site's page: it takes JSON alone
 * (which no form can send), refuses what the browser says comes from another site, and asks a
 * request that carries the reader's cookies for the browser's word or the form token. Its errors
 * are in its own words.
 */
class ApiForgeryTest {

  private static final String COMMENT = "{\"name\":\"Mallory\",\"text\":\"Posted from elsewhere.\"}";

  @TempDir Path temp;

  private TestServer site() throws Exception {
    TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file());
    site.app().accounts().addUser("Ayesha", Role.READER, PASSWORD);
    return site;
  }

  private static HttpRequest.Builder post(TestServer site, String type, String body) {
    return HttpRequest.newBuilder(URI.create(site.url("/api/v1/articles/" + referenceStory(site) + "/comments")))
        .header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static long stored(TestServer site) {
    return site.app().stats().stats().comments();
  }

  @Test
  void a_body_not_sent_as_json_is_refused_with_415_and_nothing_is_stored() throws Exception {
    try (TestServer site = site()) {
      long before = stored(site);
      assertError(site.send(post(site, "text/plain", COMMENT)), 415, "unsupported_media_type", null);
      assertError(site.send(post(site, "application/x-www-form-urlencoded", "name=Mallory&text=Hi")), 415,
          "unsupported_media_type", null);
      assertError(site.send(post(site, "multipart/form-data; boundary=x", COMMENT)), 415, "unsupported_media_type", null);
      assertThat(stored(site)).isEqualTo(before);
      assertThat(site.send(post(site, "application/json; charset=utf-8", COMMENT)).statusCode()).isEqualTo(201);
    }
  }

  @Test
  void errors_are_in_the_sites_own_words_never_the_parsers() throws Exception {
    try (TestServer site = site()) {
      for (String body : new String[] {"\"x\"", "[1]", "42", "{\"name\": ", "{\"name\":[1],\"text\":\"Hi\"}", "\u0000"}) {
        HttpResponse<String> answer = site.send(post(site, "application/json", body));
        assertThat(answer.statusCode()).as(body).isEqualTo(400);
        assertThat(answer.body()).as(body)
            .doesNotContain("news.broadsheet").doesNotContain("Cannot").doesNotContain("jackson")
            .doesNotContain("Source").doesNotContain("Unexpected").doesNotContain("Exception");
      }
      assertThat(json(site.send(post(site, "application/json", "\"x\""))).get("message").asText())
          .isEqualTo("The body must be a JSON object such as {\"name\": \"Ayesha\", \"text\": \"Well argued.\"}.");
      assertThat(json(site.send(post(site, "application/json", "{\"name\":[1],\"text\":\"Hi\"}"))).get("field").asText())
          .isEqualTo("name");
    }
  }

  @Test
  void what_the_browser_says_comes_from_another_site_is_refused() throws Exception {
    try (TestServer site = site()) {
      long before = stored(site);
      for (String fetchSite : new String[] {"cross-site", "same-site"}) {
        assertError(site.send(post(site, "application/json", COMMENT).header("Sec-Fetch-Site", fetchSite)), 403,
            "cross_site", null);
        long comment = site.app().comments().published(referenceStory(site)).get(0).id();
        assertError(site.send(HttpRequest.newBuilder(URI.create(site.url("/api/v1/comments/" + comment + "/recommend")))
            .header("Sec-Fetch-Site", fetchSite).POST(HttpRequest.BodyPublishers.noBody())), 403, "cross_site", null);
      }
      assertThat(stored(site)).isEqualTo(before);
    }
  }

  @Test
  void a_signed_in_readers_cookie_needs_the_browsers_word_or_the_form_token() throws Exception {
    try (TestServer site = site()) {
      FormClient ayesha = new FormClient(site);
      ayesha.get("/login");
      assertThat(ayesha.post("/login", Map.of("name", "Ayesha", "password", PASSWORD)).statusCode()).isEqualTo(303);
      String cookies = LoginSessions.COOKIE + "=" + ayesha.cookie(LoginSessions.COOKIE) + "; broadsheet_form="
          + ayesha.formToken();
      long before = stored(site);
      // A page of a sibling site, or an old browser that says nothing: the cookie alone is not enough.
      assertError(site.send(post(site, "application/json", COMMENT).header("Cookie", cookies)), 403, "cross_site", null);
      assertError(site.send(post(site, "application/json", COMMENT).header("Cookie", cookies)
          .header("X-Form-Token", "forged-token-forged-token-forged1")), 403, "cross_site", null);
      assertThat(stored(site)).isEqualTo(before);
      HttpResponse<String> withToken = site.send(post(site, "application/json", COMMENT).header("Cookie", cookies)
          .header("X-Form-Token", ayesha.formToken()));
      assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
      assertThat(json(withToken).get("name").asText()).isEqualTo("Ayesha");
      HttpResponse<String> sameOrigin = site.send(post(site, "application/json", COMMENT).header("Cookie", cookies)
          .header("Sec-Fetch-Site", "same-origin"));
      assertThat(sameOrigin.statusCode()).isEqualTo(201);
    }
  }
}
