package news.broadsheet.settings;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One typed, validated setting: its key ({@code moderation.links.max}), what it means, its default,
 * and how its text form is read. A capability declares its settings as constants and the
 * composition root hands them to {@link SettingsService}.
 *
 * @param parser reads the text form; throws {@link InvalidSettingException} for a bad value
 */
public record Setting<T>(String key, String description, T defaultValue, String accepts, Function<String, T> parser) {

  public Setting {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(parser, "parser");
  }

  /** Reads a value of this setting, or throws an exception naming the key and what it accepts. */
  public T parse(String text) {
    String value = text == null ? "" : text.strip();
    try {
      return parser.apply(value);
    } catch (RuntimeException bad) {
      throw new InvalidSettingException(key + " takes " + accepts + ", not '" + value + "'");
    }
  }

  /** The text form of the default, as {@code settings list} prints it. */
  public String defaultText() {
    return String.valueOf(defaultValue);
  }

  public static Setting<Boolean> flag(String key, boolean defaultValue, String description) {
    return new Setting<>(key, description, defaultValue, "true or false", Setting::bool);
  }

  public static Setting<Integer> integer(String key, int defaultValue, int min, int max, String description) {
    return new Setting<>(key, description, defaultValue, "a whole number from " + min + " to " + max,
        text -> inRange(Integer.parseInt(text), min, max));
  }

  public static Setting<Double> decimal(String key, double defaultValue, double min, double max, String description) {
    return new Setting<>(key, description, defaultValue, "a number from " + min + " to " + max,
        text -> inRange(Double.parseDouble(text), min, max));
  }

  public static Setting<String> choice(String key, String defaultValue, List<String> choices, String description) {
    return new Setting<>(key, description, defaultValue, "one of " + String.join(", ", choices),
        text -> {
          String chosen = text.toLowerCase(Locale.ROOT);
          if (!choices.contains(chosen)) {
            throw new IllegalArgumentException(text);
          }
          return chosen;
        });
  }

  private static boolean bool(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "on", "yes" -> true;
      case "false", "off", "no" -> false;
      default -> throw new IllegalArgumentException(text);
    };
  }

  private static <N extends Comparable<N>> N inRange(N value, N min, N max) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0 || value.toString().equals("NaN")) {
      throw new IllegalArgumentException(String.valueOf(value));
    }
    return value;
  }
}
