package news.broadsheet.moderation;

import news.broadsheet.comment.ReasonKind;

/**
 * Narrows a queue tab; every part is optional (null).
 *
 * @param articleId only comments on this story
 * @param commenter only comments by this name (any case) or client key
 * @param text only comments containing this text (any case, for Latin letters)
 * @param reason only comments held or rejected for a reason of this kind
 */
public record QueueFilter(Long articleId, String commenter, String text, ReasonKind reason) {

  public static final QueueFilter NONE = new QueueFilter(null, null, null, null);
  /** The longest text a filter field takes. */
  public static final int MAX_LENGTH = 200;

  public QueueFilter {
    commenter = clean(commenter, "commenter");
    text = clean(text, "text");
  }

  public QueueFilter(Long articleId, String commenter, String text) {
    this(articleId, commenter, text, null);
  }

  /** Whether the filter narrows anything. */
  public boolean isEmpty() {
    return articleId == null && commenter == null && text == null && reason == null;
  }

  private static String clean(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_LENGTH) {
      throw new ModerationException("a " + field + " filter has at most " + MAX_LENGTH + " characters");
    }
    return value.strip();
  }
}
