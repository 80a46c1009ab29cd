package news.broadsheet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import news.broadsheet.web.page.ReaderCookies;

/** Calls to the JSON API and checks of its answers, shared by the tests of every audience. */
public final class ApiCalls {

  public static final ObjectMapper JSON = new ObjectMapper();

  private ApiCalls() {}

  public static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return JSON.readTree(response.body());
  }

  /** The id of the latest story: the only one, on a site with the reference story alone. */
  public static long referenceStory(TestServer site) {
    return site.app().articles().latest(1, 0).get(0).id();
  }

  public static HttpResponse<String> post(TestServer site, long storyId, String json) throws Exception {
    return site.sendJson("POST", "/api/v1/articles/" + storyId + "/comments", json);
  }

  /**
   * A recommendation by the named reader from a page of the site: a browser that holds a reader key
   * the site issued (one per name and site).
   */
  public static HttpResponse<String> recommend(TestServer site, long commentId, String reader) throws Exception {
    return site.send(request(site, "/api/v1/comments/" + commentId + "/recommend")
        .header("Cookie", ReaderCookies.READER + "=" + site.readerKey(reader)).header("Sec-Fetch-Site", "same-origin"));
  }

  /** A POST without a body to a path of the site. */
  public static HttpRequest.Builder request(TestServer site, String path) {
    return HttpRequest.newBuilder(URI.create(site.url(path))).POST(HttpRequest.BodyPublishers.noBody());
  }

  public static void assertError(HttpResponse<String> response, int status, String code, String field) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode error = json(response);
    assertThat(error.get("error").asText()).isEqualTo(code);
    assertThat(error.get("message").asText()).isNotBlank();
    if (field == null) {
      assertThat(error.has("field")).isFalse();
    } else {
      assertThat(error.get("field").asText()).isEqualTo(field);
    }
  }
}
