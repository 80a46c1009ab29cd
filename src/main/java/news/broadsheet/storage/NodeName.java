package news.broadsheet.storage;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The name of one process among those sharing a database: its host, process id and a random
 * part, so that a restarted process is a new node. It holds no space, for the change feed's
 * payloads, and names the holder of a lease in the log and the database.
 */
public record NodeName(String name) {

  public NodeName {
    if (name == null || !name.matches("[A-Za-z0-9._:-]{1,100}")) {
      throw new IllegalArgumentException("a node's name has 1 to 100 letters, digits and . _ : -, not " + name);
    }
  }

  /** A new name for this process. */
  public static NodeName ofThisProcess() {
    byte[] random = new byte[3];
    new SecureRandom().nextBytes(random);
    return new NodeName(host() + ":" + ProcessHandle.current().pid() + ":" + HexFormat.of().formatHex(random));
  }

  private static String host() {
    try {
      String host = InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9._-]", "_");
      return host.isEmpty() ? "node" : host.substring(0, Math.min(host.length(), 60));
    } catch (UnknownHostException unnamed) {
      return "node";
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
