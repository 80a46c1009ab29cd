package news.broadsheet.web.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may read {@code /metrics}, which tells much about the server's load and nothing a reader
 * needs: clients that send the token ({@code Authorization: Bearer TOKEN}), or any client of a
 * port of its own (for a firewall to keep to the monitoring network), or both; with neither, nobody
 * (404).
 *
 * @param token the token a client must send, or null
 * @param port the port /metrics alone is served on, or 0 for none
 */
public record MetricsAccess(String token, int port) {

  public static final MetricsAccess NOBODY = new MetricsAccess(null, 0);
  private static final int MIN_TOKEN_LENGTH = 16;

  public MetricsAccess {
    token = token == null || token.isBlank() ? null : token.strip();
    if (token != null && (token.length() < MIN_TOKEN_LENGTH || !token.matches("[\\x21-\\x7E]+"))) {
      throw new IllegalArgumentException(
          "--metrics-token must be at least " + MIN_TOKEN_LENGTH + " visible ASCII characters, without spaces");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--metrics-port must be between 1 and 65535 (0: none), not " + port);
    }
  }

  public boolean servedToAnyone() {
    return token != null || port != 0;
  }

  /** Whether an Authorization header carries the token (compared in constant time). */
  boolean tokenMatches(String authorization) {
    String sent = authorization == null || !authorization.startsWith("Bearer ") ? "" : authorization.substring(7).strip();
    return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
