package news.broadsheet.comment;

import java.util.Locale;

/**
 * Why a comment, or a recommendation of one, is refused: the domain's error codes. Each has a
 * stable code for programs (the API's {@code error}); the web layer maps each to its HTTP answer
 * in one place.
 */
public enum CommentError {
  /** The name or the text is empty. */
  EMPTY,
  /** The name or the text is longer than allowed. */
  TOO_LONG,
  /** The name is on more than one line. */
  MULTILINE,
  /** The name or the text holds a character a reader never means to type (NUL, a control, a bidirectional override). */
  FORBIDDEN_CHARACTER,
  /** A guest used the name of a reader's account. */
  NAME_OF_AN_ACCOUNT,
  /** The comment replied to is not a published comment of the same story. */
  NO_SUCH_PARENT,
  /** Only signed-in readers may comment, and this is a guest. */
  SIGN_IN_REQUIRED,
  NO_SUCH_STORY,
  /** No such published comment (to recommend). */
  NO_SUCH_COMMENT,
  /** Comments on the story are closed. */
  CLOSED,
  /** The client posts faster than the site allows. */
  RATE_LIMITED;

  /** The code programs see: "empty", "name_of_an_account"; a story or a comment missing is "not_found". */
  public String code() {
    return switch (this) {
      case NO_SUCH_STORY, NO_SUCH_COMMENT -> "not_found";
      default -> name().toLowerCase(Locale.ROOT);
    };
  }
}
