package news.broadsheet.web.staff;

import java.util.Map;
import news.broadsheet.web.page.PageMeta;

/**
 * The sign-up form, with the name typed (never the passwords) and what is wrong.
 *
 * @param next where the new reader goes once signed in (a local path)
 * @param errors the message for each field at fault ("name", "password", "repeated")
 * @param problem a message about the whole form (too many attempts), or null
 */
public record SignUpPage(
    PageMeta meta, String csrf, String name, String next, Map<String, String> errors, String problem, String logIn) {

  public SignUpPage {
    errors = Map.copyOf(errors);
  }

  public boolean invalid(String field) {
    return errors.containsKey(field);
  }

  public String error(String field) {
    return errors.get(field);
  }

  /** The ids of what describes a field: its hint, and its error when it has one. */
  public String describedBy(String field) {
    return "signup-" + field + "-hint" + (invalid(field) ? " signup-" + field + "-error" : "");
  }
}
