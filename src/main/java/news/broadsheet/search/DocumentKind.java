package news.broadsheet.search;

/** What a search result is: a story or a reader's comment. */
public enum DocumentKind {
  STORY,
  COMMENT;

  /** The name stored in the database and used in the API ("story", "comment"). */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  static DocumentKind fromCode(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
