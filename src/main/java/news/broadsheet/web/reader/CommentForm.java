package news.broadsheet.web.reader;

import java.util.Map;
import news.broadsheet.web.page.Paths;

/**
 * The comment form as the page shows it: what was typed, and what is wrong with it.
 *
 * @param parentId the comment replied to, or null for a new thread
 * @param name the name a guest typed, or the signed-in reader's account name
 * @param errors the reader's message for each field at fault ("name", "text")
 * @param problem a message about the whole form (a reply to a comment that is gone), or null
 * @param mode who the form is for
 * @param returnTo where signing in or signing up brings the reader back to (a local path)
 */
public record CommentForm(
    String action,
    Long parentId,
    String name,
    String text,
    Map<String, String> errors,
    String problem,
    Mode mode,
    String returnTo) {

  /** How a reader meets the form. */
  public enum Mode {
    /** A guest gives a name. */
    GUEST,
    /** A signed-in reader comments under the account's name. */
    ACCOUNT,
    /** Only signed-in readers may comment: a guest gets a link to sign in instead of the form. */
    SIGN_IN,
    /** As {@link #SIGN_IN}, with a link to create an account as well. */
    SIGN_IN_OR_UP
  }

  public CommentForm {
    errors = Map.copyOf(errors);
  }

  static CommentForm blank(long articleId, Long parentId, Mode mode, String name, String returnTo) {
    return new CommentForm(Paths.postComment(articleId), parentId, name, "", Map.of(), null, mode, returnTo);
  }

  public boolean asAccount() {
    return mode == Mode.ACCOUNT;
  }

  public boolean mustSignIn() {
    return mode == Mode.SIGN_IN || mode == Mode.SIGN_IN_OR_UP;
  }

  public String signInHref() {
    return Paths.login(returnTo);
  }

  /** The sign-up page's address, or null when the site takes no new accounts. */
  public String signUpHref() {
    return mode == Mode.SIGN_IN_OR_UP ? Paths.signUp(returnTo) : null;
  }

  public boolean invalid(String field) {
    return errors.containsKey(field);
  }

  public String error(String field) {
    return errors.get(field);
  }

  public boolean hasErrors() {
    return !errors.isEmpty() || problem != null;
  }

  /** The ids of what describes a field: its hint, and its error when it has one. */
  public String describedBy(String field, String hintId) {
    return invalid(field) ? hintId + " " + field + "-error" : hintId;
  }
}
