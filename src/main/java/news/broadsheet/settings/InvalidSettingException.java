package news.broadsheet.settings;

/** A setting that does not exist, or a value a setting does not accept; the message says which. */
public final class InvalidSettingException extends IllegalArgumentException {

  public InvalidSettingException(String message) {
    super(message);
  }
}
