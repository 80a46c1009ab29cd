package news.broadsheet.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stylesheets, scripts and icons, served from memory as the browser asks for them. */
class StaticFilesTest {

  @TempDir Path temp;

  @Test
  void a_stylesheet_is_the_file_itself_with_its_type_caching_and_a_tag_that_answers_304() throws Exception {
    byte[] file = Files.readAllBytes(Path.of("src/main/resources/public/site.css"));
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp)) {
      HttpResponse<byte[]> css = bytes(site, HttpRequest.newBuilder(URI.create(site.url("/site.css"))));
      assertThat(css.statusCode()).isEqualTo(200);
      assertThat(css.body()).isEqualTo(file);
      assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css;charset=utf-8");
      assertThat(css.headers().firstValue("Cache-Control")).hasValue(WebServer.STATIC_CACHING);
      String etag = css.headers().firstValue("ETag").orElseThrow();

      HttpResponse<byte[]> again = bytes(site, HttpRequest.newBuilder(URI.create(site.url("/site.css"))).header("If-None-Match", etag));
      assertThat(again.statusCode()).isEqualTo(304);
      assertThat(again.body()).isEmpty();

      HttpResponse<byte[]> changed = bytes(site, HttpRequest.newBuilder(URI.create(site.url("/site.css"))).header("If-None-Match", "\"old\""));
      assertThat(changed.statusCode()).isEqualTo(200);
      assertThat(changed.body()).isEqualTo(file);
    }
  }

  @Test
  void a_browser_that_takes_gzip_gets_the_same_script_compressed_under_its_own_tag() throws Exception {
    byte[] file = Files.readAllBytes(Path.of("src/main/resources/public/live.js"));
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp)) {
      HttpResponse<byte[]> plain = bytes(site, HttpRequest.newBuilder(URI.create(site.url("/live.js"))));
      HttpResponse<byte[]> gzip = bytes(site, HttpRequest.newBuilder(URI.create(site.url("/live.js"))).header("Accept-Encoding", "gzip, br"));
      assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
      assertThat(gzip.headers().firstValue("Vary")).hasValue("Accept-Encoding");
      assertThat(gzip.body().length).isLessThan(file.length / 2);
      assertThat(new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes()).isEqualTo(file);
      assertThat(gzip.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));
      assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
      HttpResponse<byte[]> refused = bytes(site, HttpRequest.newBuilder(URI.create(site.url("/live.js")))
          .header("Accept-Encoding", "gzip;q=0, identity"));
      assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
      assertThat(refused.body()).isEqualTo(file);
    }
  }

  @Test
  void head_gives_the_length_without_the_body_and_other_methods_and_names_pass_on_to_the_routes() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp)) {
      HttpResponse<byte[]> head = bytes(site, HttpRequest.newBuilder(URI.create(site.url("/site.css"))).method("HEAD", HttpRequest.BodyPublishers.noBody()));
      assertThat(head.statusCode()).isEqualTo(200);
      assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(Files.size(Path.of("src/main/resources/public/site.css"))));
      assertThat(head.body()).isEmpty();

      assertThat(site.get("/site.css.bak").statusCode()).isEqualTo(404);
      assertThat(site.get("/public/site.css").statusCode()).isEqualTo(404);
      HttpResponse<byte[]> post = bytes(site, HttpRequest.newBuilder(URI.create(site.url("/site.css"))).POST(HttpRequest.BodyPublishers.ofString("x")));
      assertThat(post.statusCode()).isNotEqualTo(200);
      assertThat(new String(post.body(), StandardCharsets.UTF_8)).doesNotContain("font-family");
    }
  }

  private static HttpResponse<byte[]> bytes(TestServer site, HttpRequest.Builder request) throws IOException, InterruptedException {
    return site.client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
