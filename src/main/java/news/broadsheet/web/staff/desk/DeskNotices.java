package news.broadsheet.web.staff.desk;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import news.broadsheet.desk.DeskStory;

/** What the editor says after a step succeeded, from the step named in its address ({@code ?done=publish}). */
final class DeskNotices {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

  private DeskNotices() {}

  static String of(String done, DeskStory story, DeskParts parts) {
    if (done == null) {
      return null;
    }
    return switch (done) {
      case "save" -> "Saved as revision " + story.revision() + ".";
      case "submit" -> "Submitted for review: the editors see it in their list.";
      case "publish" -> "Published: readers see it now.";
      case "schedule" -> story.publishAt() == null ? "Saved."
          : "Scheduled: it will be published on " + WHEN.format(story.publishAt().atZone(parts.zone())) + ".";
      case "unpublish" -> "Taken off: readers get “gone” at its address.";
      case "unschedule" -> "Taken off the schedule: it is a draft again.";
      case "return" -> "Sent back to its writer as a draft.";
      case "correct" -> "The correction is published at the foot of the story.";
      case "restore" -> "Restored as revision " + story.revision() + ".";
      case "keep" -> "Your version is saved as revision " + story.revision() + ".";
      default -> null;
    };
  }
}
