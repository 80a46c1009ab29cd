package news.broadsheet.moderation;

import news.broadsheet.comment.ReasonKind;
import news.broadsheet.search.CommentIndexStore;
import news.broadsheet.search.SearchException;

/**
 * Narrows a queue tab; every part is optional (null).
 *
 * @param articleId only comments on this story
 * @param commenter only comments by this name (case, accents, spaces and punctuation aside) or client key
 * @param text only comments with these words, read as the reader's search reads them (the same
 *     folding, inflections and other spellings; "quoted phrases"; -word leaves out)
 * @param reason only comments held or rejected for a reason of this kind
 */
public record QueueFilter(Long articleId, String commenter, String text, ReasonKind reason) {

  public static final QueueFilter NONE = new QueueFilter(null, null, null, null);
  /** The longest text a filter field takes. */
  public static final int MAX_LENGTH = 200;

  public QueueFilter {
    commenter = clean(commenter, "commenter");
    text = clean(text, "text");
    if (text != null) {
      try {
        CommentIndexStore.check(text);
      } catch (SearchException refused) {
        throw new ModerationException(refused.getMessage());
      }
    }
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
