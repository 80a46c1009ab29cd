package news.broadsheet.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import news.broadsheet.App;
import news.broadsheet.config.AppConfig;
import news.broadsheet.storage.DatabaseLocation;

/** Builds the whole application on a fresh database, with a fixed clock. */
public final class TestApps {

  public static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

  private TestApps() {}

  public static App on(DatabaseLocation location) {
    return new App(new AppConfig(location, ZoneId.of("UTC"), Map.of()), Clock.fixed(NOW, ZoneOffset.UTC));
  }
}
