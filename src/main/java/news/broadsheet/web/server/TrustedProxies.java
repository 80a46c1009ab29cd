package news.broadsheet.web.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-For} header is believed ({@code serve
 * --trusted-proxy}). Behind nginx every request comes from the proxy's address; the proxy adds
 * the address it saw at the end of {@code X-Forwarded-For}, and that is the client. A request
 * from any other address is known by its socket address whatever its headers say, so a client
 * cannot pass itself off as another (the posting rate limit, screening and login throttling key
 * on this address).
 *
 * <p>Addresses are IP literals or ranges ({@code 10.0.0.0/8}, {@code fd00::/8}); nothing is ever
 * looked up by name.
 */
final class TrustedProxies {

  static final String HEADER = "X-Forwarded-For";
  static final String PROTO_HEADER = "X-Forwarded-Proto";

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
  private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");

  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  /**
   * @param specs addresses and ranges, as given on the command line (each may hold several,
   *     separated by commas)
   * @throws IllegalArgumentException naming the first entry that is not an address or range
   */
  static TrustedProxies of(List<String> specs) {
    List<Range> ranges = new ArrayList<>();
    for (String spec : specs) {
      for (String entry : spec.split(",")) {
        if (!entry.isBlank()) {
          ranges.add(Range.parse(entry.strip()));
        }
      }
    }
    return new TrustedProxies(ranges);
  }

  boolean isEmpty() {
    return ranges.isEmpty();
  }

  /**
   * The client's address: the socket's, unless it is a trusted proxy; then, walking {@code
   * X-Forwarded-For} from its end, the first address that is not a trusted proxy (or, when all
   * are, the first one). An entry that is not an address ends the walk at the last one before it.
   *
   * @param forwardedFor the header's values in the order received (several headers are one list)
   */
  String client(String socketAddress, List<String> forwardedFor) {
    InetAddress socket = literal(socketAddress);
    if (socket == null || !trusted(socket)) {
      return socketAddress;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      for (String hop : header.split(",")) {
        hops.add(hop.strip());
      }
    }
    InetAddress client = socket;
    for (int i = hops.size() - 1; i >= 0; i--) {
      InetAddress hop = literal(hops.get(i));
      if (hop == null) {
        break;
      }
      client = hop;
      if (!trusted(hop)) {
        break;
      }
    }
    return client == socket ? socketAddress : client.getHostAddress();
  }

  /**
   * The scheme the client used: what a trusted proxy says in {@code X-Forwarded-Proto} ("https"
   * or "http"), else the socket's own. Any other client's header is ignored, so that no client can
   * have the site take a plain connection for an encrypted one.
   */
  String scheme(String socketAddress, String forwardedProto, String socketScheme) {
    InetAddress socket = literal(socketAddress);
    String said = forwardedProto == null ? "" : forwardedProto.strip().toLowerCase(java.util.Locale.ROOT);
    boolean believed = socket != null && trusted(socket) && (said.equals("https") || said.equals("http"));
    return believed ? said : socketScheme;
  }

  private boolean trusted(InetAddress address) {
    return ranges.stream().anyMatch(range -> range.contains(address));
  }

  /** An IP address as written in a header ({@code 1.2.3.4}, {@code 1.2.3.4:80}, {@code [::1]:80}), or null. */
  static InetAddress literal(String text) {
    if (text == null) {
      return null;
    }
    String address = text.strip();
    if (address.startsWith("[")) {
      int end = address.indexOf(']');
      return end < 0 ? null : address(address.substring(1, end));
    }
    Matcher withPort = IPV4_WITH_PORT.matcher(address);
    return address(withPort.matches() ? withPort.group(1) : address);
  }

  /** A bare IPv4 or IPv6 address, or null; never a name, so never a DNS query. */
  private static InetAddress address(String text) {
    try {
      if (IPV4.matcher(text).matches()) {
        byte[] bytes = new byte[4];
        String[] parts = text.split("\\.");
        for (int i = 0; i < 4; i++) {
          int part = Integer.parseInt(parts[i]);
          if (part > 255) {
            return null;
          }
          bytes[i] = (byte) part;
        }
        return InetAddress.getByAddress(bytes);
      }
      // With a colon in it, the JDK reads the text as an IPv6 literal and never asks DNS.
      return IPV6.matcher(text).matches() ? InetAddress.getByName(text) : null;
    } catch (UnknownHostException notAnAddress) {
      return null;
    }
  }

  /** One address ({@code 127.0.0.1}) or range ({@code 10.0.0.0/8}). */
  private record Range(byte[] network, int bits) {

    static Range parse(String entry) {
      int slash = entry.indexOf('/');
      InetAddress address = address(slash < 0 ? entry : entry.substring(0, slash));
      int bits = address == null ? -1 : address.getAddress().length * 8;
      if (address != null && slash >= 0) {
        String prefix = entry.substring(slash + 1);
        bits = prefix.matches("\\d{1,3}") && Integer.parseInt(prefix) <= bits ? Integer.parseInt(prefix) : -1;
      }
      if (bits < 0) {
        throw new IllegalArgumentException(
            "--trusted-proxy takes IP addresses or ranges such as 127.0.0.1, ::1 or 10.0.0.0/8, not '" + entry + "'");
      }
      return new Range(address.getAddress(), bits);
    }

    boolean contains(InetAddress address) {
      byte[] bytes = address.getAddress();
      if (bytes.length != network.length) {
        return false;
      }
      int whole = bits / 8;
      for (int i = 0; i < whole; i++) {
        if (bytes[i] != network[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xFF << (8 - rest) & 0xFF;
      return (bytes[whole] & mask) == (network[whole] & mask);
    }
  }
}
