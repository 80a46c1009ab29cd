package news.broadsheet.web.abuse;

import static news.broadsheet.testing.ApiCalls.referenceStory;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestDatabases;
import news.broadsheet.testing.TestServer;
import news.broadsheet.web.server.WebSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Huge numbers, forged headers and path tricks in addresses: a clear 4xx or the right page, never a 500. */
class OddValuesTest {

  @TempDir Path temp;

  @Test
  void page_numbers_beyond_any_list_are_not_found_rather_than_overflowing() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      long id = referenceStory(site);
      String story = site.app().articles().find(id).orElseThrow().slug();
      for (String path : new String[] {
          "/?page=2147483647", "/?page=2147483648", "/?page=-1", "/?page=1e9", "/sources/DAWN.COM?page=2147483647",
          "/news/" + id + "/" + story + "?page=2147483647", "/news/" + id + "/" + story + "?page=1000001"}) {
        assertThat(site.get(path).statusCode()).as(path).isEqualTo(404);
      }
      assertThat(site.get("/news/" + id + "/" + story + "?page=1000000").statusCode()).isIn(200, 404);
      assertThat(site.get("/?page=1000000").statusCode()).isIn(200, 404);
    }
  }

  @Test
  void feed_links_come_from_the_sites_address_whatever_host_the_request_names() throws Exception {
    WebSettings settings = WebSettings.loopbackAnyPort().withPublicUrl("https://news.example.org");
    try (TestServer site = TestServer.start(TestDatabases.fresh(DatabaseKind.SQLITE, temp), settings)
        .withStories(ReferenceSample.file())) {
      long id = referenceStory(site);
      for (String path : new String[] {"/feeds/latest.atom", "/news/" + id + "/comments.atom", "/feeds/sources/DAWN.COM.atom"}) {
        String feed = rawGet(site, path, "evil.example");
        assertThat(feed).as(path).startsWith("HTTP/1.1 200").doesNotContain("evil.example")
            .contains("href=\"https://news.example.org/").contains("tag:news.example.org,2024:");
      }
    }
  }

  /** A GET sent over a plain socket, with a Host header the JDK's client would not let a test forge. */
  static String rawGet(TestServer site, String path, String host) throws IOException {
    int port = Integer.parseInt(site.url("").replaceFirst(".*:", ""));
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
