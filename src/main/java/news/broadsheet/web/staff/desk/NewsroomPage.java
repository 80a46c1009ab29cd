package news.broadsheet.web.staff.desk;

import java.util.List;
import java.util.Map;
import news.broadsheet.account.ApiToken;
import news.broadsheet.desk.Author;
import news.broadsheet.desk.Section;
import news.broadsheet.web.staff.StaffFrame;

/**
 * The desk's lists beside the stories: author profiles, the site's sections, and the member's API
 * tokens, with a form for each and the messages beside its fields.
 *
 * @param secret a token's text just made (shown this once), or null
 */
public record NewsroomPage(StaffFrame frame, List<Author> authors, Author editing, List<Section> sections,
    List<ApiToken> tokens, String secret, Map<String, String> errors, Map<String, String> values, String notice) {

  public String error(String field) {
    return errors.get(field);
  }

  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  /** "true" for a field with an error, else null (no attribute). */
  public String invalid(String field) {
    return errors.containsKey(field) ? "true" : null;
  }

  /** The id of a field's error message, or null. */
  public String errorId(String field) {
    return errors.containsKey(field) ? field + "-error" : null;
  }
}
