package news.broadsheet.media;

import java.util.List;
import news.broadsheet.settings.Setting;

/** The settings of uploaded images. */
public final class MediaSettings {

  public static final Setting<Integer> MAX_UPLOAD_MB =
      Setting.integer("media.max-upload-mb", 10, 1, 50, "largest image file the desk takes, in megabytes");

  public static final List<Setting<?>> ALL = List.of(MAX_UPLOAD_MB);

  private MediaSettings() {}
}
