package news.broadsheet.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.config.AppConfig;
import news.broadsheet.storage.DatabaseLocation;
import picocli.CommandLine.Option;

/** The options every command shares: where the data lives and which zones newsrooms write in. */
final class StorageOptions {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "${env:BROADSHEET_DATA:-./data}",
      description = "Folder of the embedded SQLite database (default: ${DEFAULT-VALUE}; env BROADSHEET_DATA).")
  Path dataDir;

  @Option(
      names = "--database",
      paramLabel = "JDBC_URL",
      defaultValue = "${env:BROADSHEET_DATABASE}",
      description = "A jdbc:postgresql://… URL to use PostgreSQL instead of SQLite (env BROADSHEET_DATABASE).")
  String databaseUrl;

  @Option(
      names = "--database-user",
      paramLabel = "NAME",
      defaultValue = "${env:BROADSHEET_DATABASE_USER}",
      description = "PostgreSQL user, unless in the URL (env BROADSHEET_DATABASE_USER).")
  String databaseUser;

  @Option(
      names = "--database-password",
      paramLabel = "SECRET",
      defaultValue = "${env:BROADSHEET_DATABASE_PASSWORD}",
      description = "PostgreSQL password, unless in the URL (env BROADSHEET_DATABASE_PASSWORD).")
  String databasePassword;

  @Option(
      names = "--default-zone",
      paramLabel = "ZONE",
      defaultValue = "${env:BROADSHEET_DEFAULT_ZONE:-UTC}",
      description = "Newsroom time zone of sources with none of their own (default: ${DEFAULT-VALUE}; env BROADSHEET_DEFAULT_ZONE).")
  String defaultZone;

  @Option(
      names = "--source-zone",
      paramLabel = "SOURCE=ZONE",
      split = ",",
      defaultValue = "${env:BROADSHEET_SOURCE_ZONES}",
      description = "Newsroom time zone of a source, e.g. DAWN.COM=Asia/Karachi; repeatable (env BROADSHEET_SOURCE_ZONES, comma-separated).")
  List<String> sourceZones;

  AppConfig toConfig() {
    DatabaseLocation location =
        new DatabaseLocation(dataDir, databaseUrl, databaseUser, databasePassword);
    return new AppConfig(location, zone(defaultZone, "--default-zone"), parsedSourceZones());
  }

  /** Where the data lives, for messages, without a password. */
  String describe() {
    return new DatabaseLocation(dataDir, databaseUrl, databaseUser, databasePassword).describe();
  }

  private Map<String, ZoneId> parsedSourceZones() {
    Map<String, ZoneId> zones = new LinkedHashMap<>();
    if (sourceZones == null) {
      return zones;
    }
    for (String entry : sourceZones) {
      int equals = entry.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException(
            "--source-zone takes SOURCE=ZONE, e.g. DAWN.COM=Asia/Karachi, not '" + entry + "'");
      }
      zones.put(entry.substring(0, equals), zone(entry.substring(equals + 1), "--source-zone"));
    }
    return zones;
  }

  private static ZoneId zone(String text, String option) {
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(option + ": '" + text + "' is not a time zone (try Asia/Karachi or UTC)");
    }
  }
}
