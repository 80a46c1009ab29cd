package news.broadsheet.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import news.broadsheet.testing.DatabaseKind;
import news.broadsheet.testing.ReferenceSample;
import news.broadsheet.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A HEAD request learns what the GET would: the status, the type and the length, without the body. */
class HeadRequestsTest {

  @TempDir Path temp;

  @Test
  void head_answers_every_page_kind_as_its_get_does_without_a_body() throws Exception {
    try (TestServer site = TestServer.start(DatabaseKind.SQLITE, temp).withStories(ReferenceSample.file())) {
      long id = site.app().articles().latest(1, 0).get(0).id();
      String story = "/news/" + id + "/us-pakistan-inch-towards-better-relations";
      for (String path : new String[] {story, story + "?sort=newest", "/", "/api/v1/articles", "/no/such/page"}) {
        for (String encoding : new String[] {null, "identity", "gzip"}) {
          HttpResponse<byte[]> get = send(site, "GET", path, encoding);
          String asked = path + " (Accept-Encoding " + encoding + ")";
          HttpResponse<byte[]> head = send(site, "HEAD", path, encoding);
          assertThat(head.statusCode()).as(asked).isEqualTo(get.statusCode());
          assertThat(head.headers().firstValue("Content-Type")).as(asked).isEqualTo(get.headers().firstValue("Content-Type"));
          assertThat(head.headers().firstValue("Content-Length")).as(asked).isEqualTo(get.headers().firstValue("Content-Length"));
          get.headers().firstValueAsLong("Content-Length").ifPresent(length -> assertThat(length).isEqualTo(get.body().length));
          assertThat(head.body()).as(asked).isEmpty();
        }
      }
    }
  }

  private static HttpResponse<byte[]> send(TestServer site, String method, String path, String encoding) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(site.url(path))).method(method, HttpRequest.BodyPublishers.noBody());
    if (encoding != null) {
      request.header("Accept-Encoding", encoding);
    }
    return site.client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
