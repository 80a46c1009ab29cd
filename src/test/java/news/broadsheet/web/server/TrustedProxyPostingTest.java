package news.broadsheet.web.server;

import static news.broadsheet.testing.ApiCalls.json;
import static news.broadsheet.testing.ApiCalls.referenceStory;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import news.broadsheet.moderation.Commenter;
import news.broadsheet.moderation.Moderator;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestDatabases;
import news.broadsheet.testing.TestServer;
import news.broadsheet.web.server.WebSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers behind a reverse proxy on the loopback address: with the proxy trusted, each is known by
 * the address it forwards; otherwise a forwarded address is ignored, forged or not.
 */
class TrustedProxyPostingTest {

  @TempDir Path temp;

  private TestServer site(String name, List<String> trustedProxies) throws Exception {
    WebSettings settings = WebSettings.loopbackAnyPort().withPostRateLimit(2).withTrustedProxies(trustedProxies);
    return TestServer.start(TestDatabases.fresh(DatabaseKind.SQLITE, temp.resolve(name)), settings)
        .withStories(ReferenceSample.file());
  }

  private static HttpResponse<String> post(TestServer site, String forwardedFor, String name) throws Exception {
    return site.send(
        HttpRequest.newBuilder(URI.create(site.url("/api/v1/articles/" + referenceStory(site) + "/comments")))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", forwardedFor)
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"text\":\"From " + forwardedFor + "\"}")));
  }

  @Test
  void behind_a_trusted_proxy_two_readers_are_limited_and_screened_each_by_their_own_address() throws Exception {
    try (TestServer site = site("behind-nginx", List.of("127.0.0.1"))) {
      assertThat(post(site, "203.0.113.5", "Amna").statusCode()).isEqualTo(201);
      assertThat(post(site, "203.0.113.5", "Amna").statusCode()).isEqualTo(201);
      var third = post(site, "198.51.100.1, 203.0.113.5", "Amna"); // a forged first part changes nothing
      assertThat(third.statusCode()).isEqualTo(429);
      assertThat(post(site, "203.0.113.6", "Bilal").statusCode()).as("another reader, another allowance").isEqualTo(201);

      site.app().sanctions().ban(Commenter.guest(null, "203.0.113.6"), "spam", Moderator.named("Saima"));
      var banned = post(site, "203.0.113.6", "Bilal");
      assertThat(banned.statusCode()).isEqualTo(201);
      assertThat(json(banned).get("status").asText()).as("screening knows the reader's address").isEqualTo("rejected");
      site.app().sanctions().ban(Commenter.guest(null, "127.0.0.1"), "the proxy", Moderator.named("Saima"));
      assertThat(json(post(site, "203.0.113.7", "Chand")).get("status").asText()).isEqualTo("published");
    }
  }

  @Test
  void without_a_trusted_proxy_a_forged_forwarded_address_is_ignored() throws Exception {
    for (List<String> proxies : List.of(List.<String>of(), List.of("10.0.0.1", "::1"))) {
      try (TestServer site = site("trusting-" + proxies.size(), proxies)) {
        assertThat(post(site, "203.0.113.5", "Amna").statusCode()).isEqualTo(201);
        assertThat(post(site, "203.0.113.6", "Amna").statusCode()).isEqualTo(201);
        assertThat(post(site, "203.0.113.7", "Amna").statusCode()).as("trusting " + proxies).isEqualTo(429);
      }
    }
  }
}
