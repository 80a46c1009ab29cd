package news.broadsheet.web.staff.desk;

import java.time.ZoneId;
import news.broadsheet.desk.Desk;
import news.broadsheet.media.MediaService;
import news.broadsheet.media.MediaSettings;
import news.broadsheet.settings.SettingsService;
import news.broadsheet.web.page.StoryPreview;
import news.broadsheet.web.page.TemplateRenderer;
import news.broadsheet.web.staff.StaffLayout;

/** What the desk's pages share: the desk, images, the staff layout, templates, the preview, the newsroom's zone. */
record DeskParts(Desk desk, MediaService media, SettingsService settings, StaffLayout layout, TemplateRenderer templates,
    StoryPreview preview, ZoneId zone) {

  int maxUploadMb() {
    return settings.get(MediaSettings.MAX_UPLOAD_MB);
  }
}
