package news.broadsheet.web;

import java.util.Map;

/**
 * The comment form as the page shows it: what was typed, and what is wrong with it.
 *
 * @param parentId the comment replied to, or null for a new thread
 * @param errors the reader's message for each field at fault ("name", "text")
 * @param problem a message about the whole form (a reply to a comment that is gone), or null
 */
public record CommentForm(
    String action, Long parentId, String name, String text, Map<String, String> errors, String problem) {

  public CommentForm {
    errors = Map.copyOf(errors);
  }

  static CommentForm blank(long articleId, Long parentId, String name) {
    return new CommentForm(Paths.postComment(articleId), parentId, name, "", Map.of(), null);
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
