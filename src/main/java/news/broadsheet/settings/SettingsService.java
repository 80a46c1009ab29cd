package news.broadsheet.settings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import news.broadsheet.storage.Change;
import news.broadsheet.storage.ChangeKind;
import news.broadsheet.storage.Database;

/**
 * The site's tunable settings, kept in the database so that the admin pages and the command line
 * change them without a restart. Every key is declared as a typed {@link Setting} with a default;
 * only changed values are stored. Reads come from a snapshot, forgotten at once when a change is
 * made here or announced by another node sharing the database (the change feed), and reloaded
 * after {@link #RELOAD_AFTER_SECONDS} seconds in any case, which bounds how long a change made by
 * a process that cannot announce it (the command line on a SQLite file) takes to arrive.
 */
public final class SettingsService {

  public static final int RELOAD_AFTER_SECONDS = 5;

  private final Database database;
  private final SettingsStore store;
  private final Clock clock;
  private final Map<String, Setting<?>> declared = new LinkedHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private volatile Snapshot snapshot;

  public SettingsService(Database database, SettingsStore store, Collection<Setting<?>> settings, Clock clock) {
    this.database = database;
    this.store = store;
    this.clock = clock;
    settings.stream()
        .sorted(java.util.Comparator.comparing(Setting::key))
        .forEach(setting -> declared.put(setting.key(), setting));
    database.changes().on(ChangeKind.SETTINGS, change -> forget());
    database.changes().onCatchUp(this::forget);
  }

  /** The typed value of a setting: the stored one when valid, else its default. */
  @SuppressWarnings("unchecked")
  public <T> T get(Setting<T> setting) {
    Object value = current().values().get(setting.key());
    return value == null ? setting.defaultValue() : (T) value;
  }

  /** The text form of a setting's value. */
  public String get(String key) {
    Setting<?> setting = setting(key);
    return String.valueOf(get(setting));
  }

  /** Every setting, by key, with its value and default. */
  public List<SettingValue> list() {
    List<SettingValue> values = new ArrayList<>();
    for (Setting<?> setting : declared.values()) {
      values.add(new SettingValue(setting.key(), String.valueOf(get(setting)), setting.defaultText(),
          setting.description(), setting.accepts()));
    }
    return values;
  }

  /**
   * Changes a setting after checking the value; setting it to its default removes the stored value.
   *
   * @param by who changed it, for the record
   * @return the setting as it now stands
   * @throws InvalidSettingException for an unknown key or a value the setting does not accept
   */
  public SettingValue set(String key, String value, String by) {
    Setting<?> setting = setting(key);
    String text = String.valueOf(setting.parse(value));
    database.inTransaction(
        handle -> {
          if (text.equals(setting.defaultText())) {
            store.remove(handle, setting.key());
          } else {
            store.put(handle, setting.key(), text, by == null ? "" : by, clock.millis());
          }
          database.changes().announce(handle, Change.of(ChangeKind.SETTINGS));
          return null;
        });
    forget();
    return new SettingValue(setting.key(), text, setting.defaultText(), setting.description(), setting.accepts());
  }

  /** The declared setting with this key. */
  public Setting<?> setting(String key) {
    Setting<?> setting = declared.get(key == null ? "" : key.strip());
    if (setting == null) {
      throw new InvalidSettingException(
          "there is no setting '" + key + "'; 'broadsheet settings list' shows them all");
    }
    return setting;
  }

  private Snapshot current() {
    Snapshot current = snapshot;
    if (current == null || current.isOlderThan(RELOAD_AFTER_SECONDS)) {
      long before = generation.get();
      current = load();
      synchronized (this) {
        if (generation.get() == before) { // else a change arrived while loading: use it once, keep none
          snapshot = current;
        }
      }
    }
    return current;
  }

  /** Forgets the snapshot: a change committed. */
  private synchronized void forget() {
    generation.incrementAndGet();
    snapshot = null;
  }

  private Snapshot load() {
    Map<String, String> stored = database.read(store::all);
    Map<String, Object> values = new HashMap<>();
    stored.forEach(
        (key, text) -> {
          Setting<?> setting = declared.get(key);
          if (setting != null) {
            try {
              values.put(key, setting.parse(text));
            } catch (InvalidSettingException stale) {
              // A value stored by an older version that this one no longer accepts: the default holds.
            }
          }
        });
    return new Snapshot(Map.copyOf(values), System.nanoTime());
  }

  private record Snapshot(Map<String, Object> values, long loadedAtNanos) {
    boolean isOlderThan(int seconds) {
      return System.nanoTime() - loadedAtNanos > TimeUnit.SECONDS.toNanos(seconds);
    }
  }
}
