package news.broadsheet.desk;

import java.util.List;
import news.broadsheet.settings.Setting;

/** The settings of the desk. */
public final class DeskSettings {

  static final int MAX_SOURCE = 60;

  public static final Setting<String> SOURCE =
      new Setting<>(
          "desk.source",
          "the source name of stories written on the desk: their archive header and their /sources page",
          "BROADSHEET",
          "a name of 1 to " + MAX_SOURCE + " characters on one line",
          DeskSettings::source);

  public static final List<Setting<?>> ALL = List.of(SOURCE);

  private DeskSettings() {}

  private static String source(String text) {
    if (text.isEmpty() || text.length() > MAX_SOURCE || text.codePoints().anyMatch(Character::isISOControl)
        || text.endsWith(" markup:commonmark")) {
      throw new IllegalArgumentException(text);
    }
    return text;
  }
}
