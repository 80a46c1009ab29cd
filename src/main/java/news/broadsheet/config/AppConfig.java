package news.broadsheet.config;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import news.broadsheet.storage.DatabaseLocation;

/**
 * Every setting of a Broadsheet, validated once at start-up. The command line fills it from its
 * flags, which fall back to {@code BROADSHEET_…} environment variables, then to defaults.
 *
 * @param defaultZone the newsroom zone of sources that have none of their own
 * @param sourceZones zones for named sources, on top of the built-in ones
 * @param commentsCloseAfterDays days after publication when comments close; 0 keeps them open
 */
public record AppConfig(
    DatabaseLocation database,
    ZoneId defaultZone,
    Map<String, ZoneId> sourceZones,
    int commentsCloseAfterDays) {

  public AppConfig {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(defaultZone, "defaultZone");
    sourceZones = Map.copyOf(sourceZones);
    if (commentsCloseAfterDays < 0) {
      throw new IllegalArgumentException(
          "--comments-close-after-days cannot be negative: " + commentsCloseAfterDays);
    }
  }

  public AppConfig(DatabaseLocation database, ZoneId defaultZone, Map<String, ZoneId> sourceZones) {
    this(database, defaultZone, sourceZones, 0);
  }

  public AppConfig withCommentsCloseAfterDays(int days) {
    return new AppConfig(database, defaultZone, sourceZones, days);
  }
}
