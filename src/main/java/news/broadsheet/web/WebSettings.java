package news.broadsheet.web;

/**
 * How the web server runs.
 *
 * @param port 0 picks a free port
 * @param postRateLimitPerMinute comments one client may post a minute; 0 turns the limit off
 */
public record WebSettings(String host, int port, int postRateLimitPerMinute) {

  public WebSettings {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
    }
    if (postRateLimitPerMinute < 0) {
      throw new IllegalArgumentException("--post-rate-limit cannot be negative: " + postRateLimitPerMinute);
    }
  }

  /** For tests: a free port on the loopback address, no rate limit. */
  public static WebSettings loopbackAnyPort() {
    return new WebSettings("127.0.0.1", 0, 0);
  }
}
