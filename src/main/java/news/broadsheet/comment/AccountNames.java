package news.broadsheet.comment;

/**
 * The names that belong to accounts. A guest may not comment under one, so that a name shown
 * with a comment that belongs to an account (a moderator's, an editor's) was written by it.
 */
@FunctionalInterface
public interface AccountNames {

  /** Whether an account has this name, as account names are compared. */
  boolean isTaken(String name);
}
