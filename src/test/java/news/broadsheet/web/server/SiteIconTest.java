package news.broadsheet.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's icon: every page names it, and the address browsers ask for unbidden answers. */
class SiteIconTest {

  private static final byte[] ICO_HEADER = {0, 0, 1, 0};

  @TempDir Path temp;

  @Test
  void favicon_ico_is_an_icon_kept_for_a_month_not_a_404() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp)) {
      HttpResponse<byte[]> icon = bytes(site, "/favicon.ico");
      assertThat(icon.statusCode()).isEqualTo(200);
      assertThat(icon.headers().firstValue("Content-Type").orElse("")).startsWith("image/");
      assertThat(icon.headers().firstValue("Cache-Control")).contains(WebServer.ICON_CACHING);
      assertThat(icon.body()).startsWith(ICO_HEADER).hasSizeGreaterThan(1000);
    }
  }

  @Test
  void every_page_names_the_icon_in_both_forms() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      for (String path : new String[] {"/", "/archive", "/login", "/no/such/page"}) {
        String html = site.get(path).body();
        assertThat(html).as(path)
            .contains("<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"16x16 32x32 48x48\">")
            .contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">");
      }
      HttpResponse<byte[]> svg = bytes(site, "/favicon.svg");
      assertThat(svg.statusCode()).isEqualTo(200);
      assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
      assertThat(svg.headers().firstValue("Cache-Control")).contains(WebServer.ICON_CACHING);
      assertThat(new String(svg.body(), StandardCharsets.UTF_8)).startsWith("<svg").doesNotContain("<script");
    }
  }

  private static HttpResponse<byte[]> bytes(TestServer site, String path) throws Exception {
    return site.client().send(HttpRequest.newBuilder(URI.create(site.url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
