package news.broadsheet.storage;

/**
 * One committed change, as nodes tell each other of it.
 *
 * @param subject what changed (a story, a comment, an account), or 0 when the kind names it whole
 * @param detail a second id where the kind has one (a story's comment), else 0
 */
public record Change(ChangeKind kind, long subject, long detail) {

  public static Change of(ChangeKind kind) {
    return new Change(kind, 0, 0);
  }

  public static Change of(ChangeKind kind, long subject) {
    return new Change(kind, subject, 0);
  }

  /** What a story's pages show changed. */
  public static Change story(long articleId) {
    return new Change(ChangeKind.STORY, articleId, 0);
  }
}
