package news.broadsheet.article;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The time zone of each source's newsroom, in which its comment times are written. Sources
 * not named use the configured default zone.
 */
public final class SourceZones {

  private static final Map<String, ZoneId> KNOWN =
      Map.of(
          "DAWN.COM", ZoneId.of("Asia/Karachi"),
          "THENEWS.COM.PK", ZoneId.of("Asia/Karachi"),
          "TRIBUNE.COM.PK", ZoneId.of("Asia/Karachi"));

  private final Map<String, ZoneId> zones;
  private final ZoneId defaultZone;

  public SourceZones(ZoneId defaultZone, Map<String, ZoneId> overrides) {
    this.defaultZone = defaultZone;
    this.zones = new HashMap<>(KNOWN);
    overrides.forEach((source, zone) -> zones.put(source.toUpperCase(Locale.ROOT), zone));
  }

  public ZoneId zoneOf(String source) {
    return zones.getOrDefault(source.toUpperCase(Locale.ROOT), defaultZone);
  }

  public ZoneId defaultZone() {
    return defaultZone;
  }
}
