package news.broadsheet.web;

/**
 * The site's absolute address, for canonical links and share tags. Never taken from a request's
 * Host header: pages are cached, and a forged header must not end up in them.
 */
final class SiteAddress {

  private final String configured;
  private final String host;
  private volatile String base;

  SiteAddress(WebSettings settings) {
    this.configured = settings.publicUrl();
    String bound = settings.host();
    boolean anyAddress = bound.equals("0.0.0.0") || bound.equals("::");
    this.host = anyAddress ? "localhost" : bound.contains(":") ? "[" + bound + "]" : bound;
    this.base = configured != null ? configured : "http://" + host + ":" + settings.port();
  }

  /** Called once the server listens, so that port 0 becomes the port actually taken. */
  void listeningOn(int port) {
    if (configured == null) {
      base = "http://" + host + ":" + port;
    }
  }

  String absolute(String path) {
    return base + path;
  }

  /** Whether readers reach the site over HTTPS, so its cookies may be marked Secure. */
  boolean secure() {
    return base.startsWith("https://");
  }
}
