package news.broadsheet.settings;

/** A setting as it stands: its current value in text form, and whether that is the default. */
public record SettingValue(String key, String value, String defaultValue, String description, String accepts) {

  public boolean isDefault() {
    return value.equals(defaultValue);
  }
}
