package news.broadsheet.comment;

import news.broadsheet.text.TypedText;

/**
 * What a comment must be before anything else looks at it. Its name and text are in NFC by then
 * ({@link CommentDraft#normalised()}).
 */
public final class CommentRules {

  public static final int MAX_TEXT_LENGTH = 5_000;
  public static final int MAX_NAME_LENGTH = 60;

  private CommentRules() {}

  /** Checks name and text; lengths count characters as a reader does (code points). */
  public static void check(CommentDraft draft) {
    String name = draft.name() == null ? "" : draft.name();
    String text = draft.text() == null ? "" : draft.text();
    if (name.isBlank()) {
      throw new InvalidCommentException(CommentError.EMPTY, "name", "Please give a name to show with your comment.");
    }
    if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
      throw new InvalidCommentException(
          CommentError.TOO_LONG, "name", "Names can be at most " + MAX_NAME_LENGTH + " characters long.");
    }
    if (name.contains("\n") || name.contains("\r")) {
      throw new InvalidCommentException(CommentError.MULTILINE, "name", "A name must fit on one line.");
    }
    refuseHidden("name", "The name", name, false);
    if (text.isBlank()) {
      throw new InvalidCommentException(CommentError.EMPTY, "text", "Please write a comment before posting.");
    }
    int length = text.codePointCount(0, text.length());
    if (length > MAX_TEXT_LENGTH) {
      throw new InvalidCommentException(
          CommentError.TOO_LONG,
          "text",
          "Comments can be at most " + MAX_TEXT_LENGTH + " characters long; this one has " + length + ".");
    }
    refuseHidden("text", "The comment", text, true);
  }

  /** Refuses characters that hide or disguise what is shown (see {@link TypedText}). */
  private static void refuseHidden(String field, String what, String value, boolean lines) {
    TypedText.refusedCharacter(value, lines).ifPresent(refused -> {
      throw new InvalidCommentException(
          CommentError.FORBIDDEN_CHARACTER, field, what + " holds " + refused + ", which cannot be shown; please remove it.");
    });
  }
}
