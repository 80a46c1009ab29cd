package news.broadsheet.web.staff.desk;

import java.util.List;
import java.util.Map;
import news.broadsheet.web.staff.StaffFrame;

/**
 * The story editor: every field as stored or as typed, the messages beside them, and the steps
 * the member's role may take from the story's status.
 *
 * @param storyId 0 for a story not yet saved
 * @param status the status in words ("draft"), or "new"
 * @param revision the revision the form starts from (sent back with every save)
 * @param problem a message about the whole form (above it), or null
 * @param notice a message that a step succeeded ("Saved as revision 4"), or null
 * @param lead the lead image now, or null
 * @param siteHref the story's page when readers see it, or null
 * @param autosave whether the page saves the draft by itself (with JavaScript)
 */
public record EditorPage(
    StaffFrame frame,
    long storyId,
    String status,
    int revision,
    Map<String, String> values,
    Map<String, String> errors,
    String problem,
    String notice,
    List<Option> sections,
    List<Option> commentModes,
    Image lead,
    List<Step> steps,
    Options options,
    String siteHref,
    boolean autosave,
    int maxUploadMb,
    String zone) {

  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  /** The message beside a field, or null. */
  public String error(String field) {
    return errors.get(field);
  }

  /** The ids that describe a field: its hint, its error, both, or neither (null). */
  public String describedBy(String field, boolean hint) {
    String ids = (hint ? field + "-hint " : "") + (error(field) != null ? field + "-error" : "");
    return ids.isBlank() ? null : ids.strip();
  }

  /** "true" for a field with an error, else null (no attribute). */
  public String invalid(String field) {
    return error(field) != null ? "true" : null;
  }

  public String action() {
    return storyId == 0 ? "/desk/stories" : "/desk/stories/" + storyId;
  }

  /** An option of a list: its value, its words, and whether it is chosen. */
  public record Option(String value, String label, boolean selected) {}

  /** An uploaded image as the editor shows it. */
  public record Image(String src, String alt, String key) {}

  /** A button of the form: the action it sends, its words, and whether it is the main one. */
  public record Step(String action, String label, boolean primary) {}

  /** The other steps beside the form, each shown when the role and the status allow. */
  public record Options(boolean unpublish, String unpublishLabel, boolean returnToDraft, boolean correct,
      boolean schedule) {}
}
