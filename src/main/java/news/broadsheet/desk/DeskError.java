package news.broadsheet.desk;

/** Why the desk refused a request; the web answers each with its own status. */
public enum DeskError {
  /** A field breaks a rule (the exception names the field). */
  INVALID,
  /** The account's role does not allow it. */
  NOT_ALLOWED,
  /** No such story, revision, section or author. */
  NOT_FOUND,
  /** The story's status does not allow it now (publishing a published story). */
  WRONG_STATUS,
  /** The save started from a revision that is no longer the latest. */
  STALE_REVISION
}
