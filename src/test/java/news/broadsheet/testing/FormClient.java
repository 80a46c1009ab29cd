package news.broadsheet.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;

/**
 * A reader's browser with JavaScript off: it keeps its cookies, sends forms with the form token
 * its cookie holds, and follows no redirect by itself. Like every current browser it says where a
 * form comes from ({@code Sec-Fetch-Site}); {@link #older} is one too old to.
 */
public final class FormClient {

  private final UnaryOperator<String> site;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client;
  private final boolean fetchMetadata;

  public FormClient(TestServer site) {
    this(site::url, true);
  }

  /** A browser of the site at this address ("http://127.0.0.1:8080"), served by another process. */
  public static FormClient at(String base) {
    return new FormClient(path -> base + path, true);
  }

  private FormClient(UnaryOperator<String> site, boolean fetchMetadata) {
    this.site = site;
    this.fetchMetadata = fetchMetadata;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** A browser from before Fetch Metadata: its forms go back with the form token alone. */
  public static FormClient older(TestServer site) {
    return new FormClient(site::url, false);
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(site.apply(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Follows a redirect's Location (the fragment stays with the browser, as it would). */
  public HttpResponse<String> follow(HttpResponse<String> redirect) throws IOException, InterruptedException {
    String location = redirect.headers().firstValue("Location").orElseThrow();
    String path = location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "");
    return get(path);
  }

  /** Posts a form as it is, without adding the form token, as if from another site's page. */
  public HttpResponse<String> postRaw(String path, Map<String, String> fields) throws IOException, InterruptedException {
    return send(path, fields, "cross-site");
  }

  /** Posts a form with the token of this browser's cookie, as the site's own forms do. */
  public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
    Map<String, String> withToken = new LinkedHashMap<>();
    String token = formToken();
    withToken.put("csrf", token == null ? "" : token);
    withToken.putAll(fields);
    return send(path, withToken, "same-origin");
  }

  /**
   * Posts a form as the site's own scripts do: same origin, with the token, asking for JSON
   * ({@code Accept: application/json}).
   */
  public HttpResponse<String> postForJson(String path, Map<String, String> fields) throws IOException, InterruptedException {
    Map<String, String> withToken = new LinkedHashMap<>();
    withToken.put("csrf", formToken() == null ? "" : formToken());
    withToken.putAll(fields);
    return send(path, withToken, "same-origin", "application/json");
  }

  private HttpResponse<String> send(String path, Map<String, String> fields, String fetchSite)
      throws IOException, InterruptedException {
    return send(path, fields, fetchSite, "text/html");
  }

  private HttpResponse<String> send(String path, Map<String, String> fields, String fetchSite, String accept)
      throws IOException, InterruptedException {
    StringJoiner body = new StringJoiner("&");
    fields.forEach(
        (name, value) ->
            body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(site.apply(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (fetchMetadata) {
      request.header("Sec-Fetch-Site", fetchSite);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Posts a multipart form, as forms with file fields are sent, with the token of this browser's
   * cookie.
   *
   * @param files field name to file name and bytes
   */
  public HttpResponse<String> postMultipart(String path, Map<String, String> fields, Map<String, Map.Entry<String, byte[]>> files)
      throws IOException, InterruptedException {
    String boundary = "----broadsheet" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    Map<String, String> withToken = new LinkedHashMap<>();
    withToken.put("csrf", formToken() == null ? "" : formToken());
    withToken.putAll(fields);
    withToken.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    files.forEach((name, file) -> {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
          + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.getValue());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    });
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(site.apply(path)))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (fetchMetadata) {
      request.header("Sec-Fetch-Site", "same-origin");
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a comment from the story's form; the browser must have opened a page of the site. */
  public HttpResponse<String> comment(long storyId, String name, String text) throws IOException, InterruptedException {
    return post("/news/" + storyId + "/comments", Map.of("name", name, "text", text));
  }

  public HttpResponse<String> reply(long storyId, long parentId, String name, String text)
      throws IOException, InterruptedException {
    return post("/news/" + storyId + "/comments", Map.of("name", name, "text", text, "parentId", Long.toString(parentId)));
  }

  public String formToken() {
    return cookie("broadsheet_form");
  }

  /** The value of one of this browser's cookies, or null. */
  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }
}
