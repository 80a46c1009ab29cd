package news.broadsheet.moderation;

/**
 * Narrows a queue tab; every part is optional (null).
 *
 * @param articleId only comments on this story
 * @param commenter only comments by this name (any case) or client key
 * @param text only comments containing this text (any case, for Latin letters)
 */
public record QueueFilter(Long articleId, String commenter, String text) {

  public static final QueueFilter NONE = new QueueFilter(null, null, null);

  public QueueFilter {
    commenter = commenter == null || commenter.isBlank() ? null : commenter.strip();
    text = text == null || text.isBlank() ? null : text.strip();
  }
}
