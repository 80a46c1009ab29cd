package news.broadsheet.web.page;

/**
 * The site's absolute address, for canonical links and share tags. Never taken from a request's
 * Host header: pages are cached, and a forged header must not end up in them.
 */
public final class SiteAddress {

  private final String configured;
  private final String host;
  private volatile String base;

  /**
   * @param publicUrl the address readers reach the site at, or null to derive it from the address
   *     the server binds
   */
  public SiteAddress(String publicUrl, String boundHost, int port) {
    this.configured = publicUrl;
    boolean anyAddress = boundHost.equals("0.0.0.0") || boundHost.equals("::");
    this.host = anyAddress ? "localhost" : boundHost.contains(":") ? "[" + boundHost + "]" : boundHost;
    this.base = configured != null ? configured : "http://" + host + ":" + port;
  }

  /** Called once the server listens, so that port 0 becomes the port actually taken. */
  public void listeningOn(int port) {
    if (configured == null) {
      base = "http://" + host + ":" + port;
    }
  }

  public String absolute(String path) {
    return base + path;
  }

  /** The site's host name, without scheme or port ("news.example.org"), for tag: ids. */
  public String hostName() {
    String host = java.net.URI.create(base).getHost();
    return host == null ? "localhost" : host;
  }

  /** Whether readers reach the site over HTTPS, so its cookies may be marked Secure. */
  public boolean secure() {
    return base.startsWith("https://");
  }
}
