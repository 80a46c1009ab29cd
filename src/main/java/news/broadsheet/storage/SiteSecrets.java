package news.broadsheet.storage;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Secrets kept in the database ({@code site_secrets}), each made at random on first use and the
 * same afterwards, for every server on the database and across restarts.
 */
public final class SiteSecrets {

  private static final int BYTES = 32;

  private final Database database;

  public SiteSecrets(Database database) {
    this.database = database;
  }

  /** The named secret, 32 random bytes; the first caller's choice wins when two make it at once. */
  public byte[] secret(String name) {
    String made = HexFormat.of().formatHex(random());
    String kept =
        database.inTransaction(handle -> {
          handle.createUpdate("INSERT INTO site_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")
              .bind(0, name)
              .bind(1, made)
              .execute();
          return handle.createQuery("SELECT value FROM site_secrets WHERE name = ?").bind(0, name).mapTo(String.class).one();
        });
    return HexFormat.of().parseHex(kept);
  }

  private static byte[] random() {
    byte[] bytes = new byte[BYTES];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
