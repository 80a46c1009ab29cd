package news.broadsheet.comment;

/** Where a comment stands with moderation. Only published comments are shown to readers. */
public enum CommentStatus {
  PUBLISHED,
  PENDING,
  REJECTED;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static CommentStatus fromCode(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
