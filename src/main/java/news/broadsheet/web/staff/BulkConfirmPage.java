package news.broadsheet.web.staff;

import java.util.List;
import java.util.Map;
import news.broadsheet.moderation.QueueService;

/**
 * What a bulk action on a view of the queue would do, for the moderator to confirm or cancel.
 *
 * @param action the action's code (approve, reject, spam); {@code verb} in words ("Mark as spam")
 * @param reason the reason it would record, or ""
 * @param newestId the newest comment covered: comments arriving after the page was shown are left alone
 * @param filters the view's filters in words ("Text: crypto")
 */
public record BulkConfirmPage(
    StaffFrame frame,
    Map<String, String> state,
    String action,
    String verb,
    String reason,
    String countShown,
    long count,
    long newestId,
    String tabLabel,
    List<String> filters,
    String cancelHref) {

  public String csrf() {
    return frame.csrf();
  }

  /** Whether the view holds more than one action decides: it then takes the oldest {@link #most()}. */
  public boolean capped() {
    return count > QueueService.MAX_BULK;
  }

  /** The most comments one action decides, as shown ("10,000"). */
  public String most() {
    return String.format(java.util.Locale.ROOT, "%,d", QueueService.MAX_BULK);
  }
}
