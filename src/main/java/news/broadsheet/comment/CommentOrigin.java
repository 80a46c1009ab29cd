package news.broadsheet.comment;

/** How a comment reached Broadsheet. */
public enum CommentOrigin {
  /** Read from an archive file. */
  IMPORTED,
  /** Posted by a reader on this site. */
  POSTED;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static CommentOrigin fromCode(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
