package news.broadsheet.web.staff;

import java.util.List;
import java.util.Map;
import news.broadsheet.settings.SettingValue;

/**
 * Every setting with a form to change it; errors by key.
 *
 * @param evaluation the classifier's precision and recall on held-out decisions, in one line
 */
public record AdminSettingsPage(
    StaffFrame frame, List<SettingValue> settings, Map<String, String> errors,
    Map<String, String> typed, String classifier, String evaluation) {

  public String csrf() {
    return frame.csrf();
  }

  /** What a setting does and takes, in sentences. */
  public String hint(SettingValue setting) {
    String about = setting.description().strip();
    about = about.isEmpty() ? "" : Character.toUpperCase(about.charAt(0)) + about.substring(1) + ". ";
    return about + "Takes " + setting.accepts() + ".";
  }

  public String valueOf(SettingValue setting) {
    return typed.getOrDefault(setting.key(), setting.value());
  }

  public String error(String key) {
    return errors.get(key);
  }
}
