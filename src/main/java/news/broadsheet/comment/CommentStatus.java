package news.broadsheet.comment;

/**
 * Where a comment stands with moderation. Only published comments are shown to readers. An erased
 * comment was removed at its writer's request: its row stays, without its name, text or client,
 * so that the audit trail and the threads around it keep their shape.
 */
public enum CommentStatus {
  PUBLISHED,
  PENDING,
  REJECTED,
  ERASED;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static CommentStatus fromCode(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
