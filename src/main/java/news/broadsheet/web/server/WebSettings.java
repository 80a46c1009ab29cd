package news.broadsheet.web.server;

import java.util.List;

/**
 * How the web server runs.
 *
 * @param port 0 picks a free port
 * @param postRateLimitPerMinute comments one client may post a minute; 0 turns the limit off
 * @param publicUrl the site's address as readers reach it ("https://news.example.org"), used in
 *     canonical links and share tags; null derives it from host and port
 * @param pageCacheSeconds the longest a rendered story page is kept in memory, a safety net: every
 *     change to a story clears its pages at once (made on another node: through the change feed);
 *     0 turns the cache off
 * @param trustedProxies addresses and ranges of reverse proxies whose X-Forwarded-For header names
 *     the client (see {@link TrustedProxies}); empty: every client is its socket's address
 */
public record WebSettings(
    String host,
    int port,
    int postRateLimitPerMinute,
    String publicUrl,
    int pageCacheSeconds,
    List<String> trustedProxies) {

  public static final int DEFAULT_PAGE_CACHE_SECONDS = 60;

  public WebSettings {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
    }
    if (postRateLimitPerMinute < 0) {
      throw new IllegalArgumentException("--post-rate-limit cannot be negative: " + postRateLimitPerMinute);
    }
    publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip().replaceAll("/+$", "");
    if (publicUrl != null && !publicUrl.matches("https?://[^/\\s]+(/[^\\s]*)?")) {
      throw new IllegalArgumentException("--public-url must be an http:// or https:// address, not " + publicUrl);
    }
    if (pageCacheSeconds < 0) {
      throw new IllegalArgumentException("--page-cache-seconds cannot be negative: " + pageCacheSeconds);
    }
    trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    TrustedProxies.of(trustedProxies); // refuses what is not an address or range
  }

  public WebSettings(String host, int port, int postRateLimitPerMinute) {
    this(host, port, postRateLimitPerMinute, null, DEFAULT_PAGE_CACHE_SECONDS, List.of());
  }

  /** For tests: a free port on the loopback address, no rate limit. */
  public static WebSettings loopbackAnyPort() {
    return new WebSettings("127.0.0.1", 0, 0);
  }

  public WebSettings withPostRateLimit(int perMinute) {
    return new WebSettings(host, port, perMinute, publicUrl, pageCacheSeconds, trustedProxies);
  }

  public WebSettings withPublicUrl(String url) {
    return new WebSettings(host, port, postRateLimitPerMinute, url, pageCacheSeconds, trustedProxies);
  }

  public WebSettings withPageCacheSeconds(int seconds) {
    return new WebSettings(host, port, postRateLimitPerMinute, publicUrl, seconds, trustedProxies);
  }

  public WebSettings withTrustedProxies(List<String> proxies) {
    return new WebSettings(host, port, postRateLimitPerMinute, publicUrl, pageCacheSeconds, proxies);
  }
}
